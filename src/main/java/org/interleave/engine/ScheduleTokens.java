package org.interleave.engine;

import java.util.List;

/**
 * Schedule tokens (DESIGN §6): how a choice is written in a schedule — {@code name}, then
 * {@code :case} when the goroutine has several select cases to choose from, then
 * {@code >partner} (and {@code :case}) when its hand-off could pair with several partners; and
 * how a token is resolved back to the choice it names.
 */
final class ScheduleTokens {
    private ScheduleTokens() {
    }

    /**
     * The schedule token for a choice made in this state: the goroutine's name, then
     * {@code :case} when it has several select cases to choose from, then {@code >partner} (and
     * {@code :case} of the partner's select) when its hand-off could pair with several partners.
     */
    static String token(Machine m, Choice c) {
        if (c.isTimer()) {
            return "@" + m.program.parts().get(c.timerPart()).id();
        }
        GoroutineState g = m.gs.get(c.actor());
        List<Choice> mine = m.options(c.actor());
        // Counted in one pass: the search names every transition it takes.
        boolean severalCases = false;
        int sameCase = 0;
        int samePartner = 0;
        for (Choice o : mine) {
            severalCases |= o.branch() != mine.get(0).branch();
            if (o.branch() == c.branch()) {
                sameCase++;
                samePartner += o.partner() == c.partner() ? 1 : 0;
            }
        }
        boolean showCase = c.branch() != Choice.NONE && severalCases;
        // samePartner 0: c pairs with a twin of the partner offered (Readiness.withTwinPartner),
        // which the bare name would not resolve to
        boolean showPartner = c.partner() >= 0 && (sameCase > 1 || samePartner == 0);
        if (!showCase && !showPartner) {
            return g.name;
        }
        StringBuilder t = new StringBuilder(g.name);
        if (showCase) {
            t.append(':').append(c.branch() == Choice.DEFAULT ? "default" : Integer.toString(c.branch()));
        }
        if (showPartner) {
            t.append('>').append(m.gs.get(c.partner()).name);
            if (samePartner > 1 || samePartner == 0 && c.partnerBranch() != Choice.NONE) {
                t.append(':').append(c.partnerBranch());
            }
        }
        return t.toString();
    }

    /**
     * Resolves a schedule token against the choices enabled now; null if it names none of them.
     * A token without {@code >partner} takes the first pairing, as schedules written before
     * pairings were choices did; {@code >partner} may name a twin of a partner offered (an
     * instance exactly alike, which the search merged with it).
     */
    static Choice resolve(Machine m, String token) {
        List<Choice> en = m.enabled();
        if (token.startsWith("@")) {
            String ctx = token.substring(1);
            return en.stream().filter(c -> c.isTimer() && m.program.parts().get(c.timerPart()).id().equals(ctx))
                    .findFirst().orElse(null);
        }
        String pairing = null;
        int arrow = token.indexOf('>');
        if (arrow >= 0) {
            pairing = token.substring(arrow + 1);
            token = token.substring(0, arrow);
        }
        String[] actor = splitCase(token);
        if (actor == null) {
            return null;
        }
        int g = m.goroutineIndex(actor[0]);
        if (g < 0) {
            return null;
        }
        List<Choice> mine = en.stream().filter(c -> c.actor() == g).toList();
        if (actor[1] != null) {
            int want = caseNumber(actor[1]);
            mine = mine.stream().filter(c -> c.branch() == want).toList();
        } else if (mine.stream().map(Choice::branch).distinct().count() > 1) {
            return null;
        }
        if (pairing != null) {
            String[] partner = splitCase(pairing);
            if (partner == null) {
                return null;
            }
            int h = m.goroutineIndex(partner[0]);
            List<Choice> with = mine.stream().filter(c -> c.partner() == h).toList();
            // or a twin of a partner offered, which the search merged with it
            mine = !with.isEmpty() ? with : mine.stream().map(c -> Readiness.withTwinPartner(m, c, h))
                    .filter(java.util.Objects::nonNull).toList();
            if (partner[1] != null) {
                int want = caseNumber(partner[1]);
                mine = mine.stream().filter(c -> c.partnerBranch() == want).toList();
            }
        }
        return mine.isEmpty() ? null : mine.get(0);
    }

    /** {name, case} of "name" or "name:case" (case null when absent), or null if malformed. */
    private static String[] splitCase(String token) {
        int colon = token.indexOf(':');
        if (colon < 0) {
            return new String[] {token, null};
        }
        String b = token.substring(colon + 1);
        if (!b.equals("default") && !b.matches("\\d{1,9}")) {
            return null;
        }
        return new String[] {token.substring(0, colon), b};
    }

    private static int caseNumber(String b) {
        return b.equals("default") ? Choice.DEFAULT : Integer.parseInt(b);
    }
}
