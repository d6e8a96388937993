package org.interleave.gobridge;

import org.interleave.gobridge.GoBinding.Scope;

/**
 * One of the translators a {@link GoTranslator} shares its work among: it reaches the others
 * through {@link #translator}, and adds parts to the program being built.
 */
abstract class TranslatorPart {
    /** The translation this translator is part of, for the others' translators. */
    final GoTranslator translator;
    /** The design being built. */
    final GoProgram program;
    /** The package's names. */
    final Scope pkg;

    TranslatorPart(GoTranslator translator) {
        this.translator = translator;
        this.program = translator.program;
        this.pkg = translator.pkg;
    }
}
