/**
 * The canvas editor: the design being edited ({@link org.interleave.app.canvas.EditModel}, where
 * every change is an {@link org.interleave.app.canvas.Edit} with undo and redo, under the level's
 * {@link org.interleave.app.canvas.LevelRules}) and the canvas that draws and edits it.
 *
 * <p>Designs are the engine's immutable records, so an edit is a function from one design to the
 * next, and undo is the design before. An edit the level does not allow (a part the palette does
 * not offer, a locked part, a lock op wired to a channel) is refused with one line that says why,
 * and changes nothing. Op paths ({@code ops[2].do[0]}) are renumbered after every edit exactly as
 * the loader numbers them, so findings and reveal marks point at the ops the player sees.
 */
package org.interleave.app.canvas;
