/**
 * What every screen of the game shares: the look ({@link org.interleave.app.shared.Theme}), the
 * campaign on the class path ({@link org.interleave.app.shared.CampaignCatalog}), the one way to
 * run long work off the FX thread ({@link org.interleave.app.shared.OffThreadJob}), and a row that
 * fits a narrow window by giving up what matters least ({@link org.interleave.app.shared.FitRow}).
 *
 * <p>It sits below every other {@code app} package and uses none of them, so a screen can use it
 * without reaching back into {@code GameShell}, which wires all the screens together
 * ({@code ArchitectureTest} keeps it so).
 */
package org.interleave.app.shared;
