package org.claimtrace.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The three English OpenNLP models (UD English-EWT sentence, token and POS models), read once from the
 * {@code opennlp-models-*-en} jars on the classpath. Nothing is downloaded at run time.
 *
 * <p>Each model jar carries a {@code model.properties} naming its {@code .bin} file; reading those instead
 * of hard-coding file names lets a models version bump happen in the pom alone. Model objects are
 * immutable and safe to share between threads; the {@code *ME} classes built on them are not.
 */
final class LanguageModels {

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel partsOfSpeech;

    private LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.partsOfSpeech = partsOfSpeech;
    }

    static LanguageModels englishFromClasspath() {
        ClassLoader loader = LanguageModels.class.getClassLoader();
        String sentenceFile = null;
        String tokenFile = null;
        String posFile = null;
        try {
            Enumeration<URL> descriptors = loader.getResources("model.properties");
            while (descriptors.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = descriptors.nextElement().openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name", "");
                if (!"en".equals(p.getProperty("model.language")) || !name.contains("-ud-ewt-")) {
                    continue;
                }
                if (name.contains("-sentence-")) {
                    sentenceFile = name;
                } else if (name.contains("-tokens-")) {
                    tokenFile = name;
                } else if (name.contains("-pos-")) {
                    posFile = name;
                }
            }
            return new LanguageModels(
                    new SentenceModel(open(loader, sentenceFile, "opennlp-models-sentdetect-en")),
                    new TokenizerModel(open(loader, tokenFile, "opennlp-models-tokenizer-en")),
                    new POSModel(open(loader, posFile, "opennlp-models-pos-en")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the English OpenNLP models", e);
        }
    }

    private static InputStream open(ClassLoader loader, String file, String artifact) {
        InputStream in = file == null ? null : loader.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model missing from the classpath: add org.apache.opennlp:"
                    + artifact);
        }
        return in;
    }

    SentenceModel sentences() {
        return sentences;
    }

    TokenizerModel tokens() {
        return tokens;
    }

    POSModel partsOfSpeech() {
        return partsOfSpeech;
    }
}
