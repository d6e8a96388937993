/**
 * The player's data on disk: progress, saved designs and settings, written so that nothing is
 * ever lost.
 *
 * <p>{@link org.interleave.level.save.DataDirectory} finds the per-user folder (or takes one
 * from {@code --data-dir}); {@link org.interleave.level.save.PlayerData} loads and saves the
 * three files in it:
 *
 * <pre>
 * &lt;data dir&gt;/
 *   progress.json       {"format": 1, "levels": {"&lt;id&gt;": {"cleared", "best", "attempts"}}}
 *   designs.json        {"format": 1, "levels": {"&lt;id&gt;": {"autosave", "slots": {"&lt;name&gt;": design}}}}
 *   settings.json       {"format": 1, "theme", "uiScale", "projectorMode", "sound", "animationSpeed"}
 *   *.json.bak          each file as it was before its last save
 *   *.json.corrupt-N    a damaged file, moved aside and kept (N counts up, never reused)
 *   .*.json.*.tmp       a save in progress; one left by a crash is removed by the next load
 *   .lock               held by the one game that may write the folder
 * </pre>
 *
 * <p>One game writes a folder at a time: {@link org.interleave.level.save.PlayerData#load()} takes
 * an operating-system lock on {@code .lock}; a second game on the same folder loads read-only,
 * says so, and changes nothing on disk (it neither saves nor removes the first one's temporary
 * files). Within one process the lock is shared: every PlayerData that loads the folder saves, and
 * closing one gives back only its share, so it never stops another's saves; a save after its own
 * close fails with an exception rather than vanish. Saves are read as level files are: only regular files, at most 16 MiB; a folder, pipe,
 * device or larger file in a save's place is damage, set aside like any other.
 *
 * <p>How a save survives a crash ({@link org.interleave.level.save.SafeFile}): the new content
 * goes to a temporary file in the same folder and is forced to disk; the current file is copied
 * to the backup the same way; then one atomic rename puts the new file in place. At every moment
 * the file on disk is a whole save, old or new.
 *
 * <p>How a damaged file is handled: loading a file that is not JSON, is cut short, is not an
 * object or has an unknown {@code format} moves it aside, falls back to the backup (or to fresh
 * data when there is none) and returns a {@link org.interleave.level.save.Recovery} whose message
 * the game shows. It never resets silently. A file from a newer version of Interleave is not
 * damaged: it is kept in place, fresh data is shown, and nothing is saved over it. A file that
 * cannot be read at all (no permission) is kept as it is, saved over by nothing, while the other
 * files load.
 *
 * <pre>{@code
 * PlayerData data = new PlayerData(DataDirectory.forCurrentUser());
 * PlayerData.Snapshot loaded = data.load();
 * loaded.messages().forEach(dialog::show);
 * data.save(loaded.progress().withRun("hello-goroutines", new Score(12, 4, 310), true));
 * }</pre>
 */
package org.interleave.level.save;
