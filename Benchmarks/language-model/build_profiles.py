#!/usr/bin/env python3
"""Builds the character n-gram profiles of Stempel's language rule, and measures them.

Reads `training/<code>.txt` (prose written for this project, one file per language), counts the
1-, 2- and 3-grams of every word padded with a space on each side (" de ", so "_d", "de", "e_"
and "_de", "de_" are counted as well as the letters), and writes the counts as Swift source to
`Plugins/LanguageRule/LanguageProfiles.swift`, so that nothing is read at run time. The rule
turns the counts into naive Bayes log probabilities when it is built.

It also writes `Tests/LanguageRuleTests/HeldOutSentences.swift` from `heldout/<code>.txt`
(sentences that are not in the training text), and prints the accuracy of the same model on
them, so that the Swift test and this script can be compared.

Rerun after editing any text file:

    python3 Benchmarks/language-model/build_profiles.py          # from the package root
    python3 Benchmarks/language-model/build_profiles.py --check  # only measure, write nothing

Text normalisation must match `TextScan.swift` in the rule: lowercase letters only, combining
marks dropped, everything that is not a letter separates words.
"""

import argparse
import math
import pathlib
import sys
import unicodedata
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PROFILES = ROOT / "Plugins" / "LanguageRule" / "LanguageProfiles.swift"
HELD_OUT = ROOT / "Tests" / "LanguageRuleTests" / "HeldOutSentences.swift"

# ISO 639-1 code, English name; the order is the order of the Swift tables.
LANGUAGES = [
    ("nl", "Dutch"),
    ("en", "English"),
    ("de", "German"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("it", "Italian"),
    ("pt", "Portuguese"),
    ("id", "Indonesian"),
    ("tr", "Turkish"),
    ("pl", "Polish"),
]

ORDERS = (1, 2, 3)
# Add-alpha smoothing; the Swift rule uses the same value (LanguageModel.swift).
ALPHA = 0.5
# The rule reads at most this many letters of a comment (LanguageDetector.swift).
MAXIMUM_LETTERS = 400


def words(text):
    """The lowercase words of `text`: runs of letters, combining marks dropped."""
    word = []
    for ch in text:
        if unicodedata.category(ch).startswith("M"):
            continue
        if ch.isalpha():
            for lower in ch.lower():
                if not unicodedata.category(lower).startswith("M"):
                    word.append(lower)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def grams(text, limit=None):
    """Every 1-, 2- and 3-gram of the padded words, as (order, gram) pairs."""
    letters = 0
    for word in words(text):
        if limit is not None and letters >= limit:
            return
        letters += len(word)
        padded = " " + word + " "
        for order in ORDERS:
            for start in range(len(padded) - order + 1):
                gram = padded[start : start + order]
                if gram != " ":
                    yield order, gram


def profile(text):
    counts = {order: Counter() for order in ORDERS}
    for order, gram in grams(text):
        counts[order][gram] += 1
    return counts


class Model:
    """Multinomial naive Bayes per n-gram order, add-alpha smoothed over the joint vocabulary,
    with log probabilities quantised to a byte as LanguageModel.swift does."""

    def __init__(self, profiles):
        self.codes = [code for code, _ in LANGUAGES]
        logp = {}
        unseen = {}
        for order in ORDERS:
            vocabulary = set()
            for code in self.codes:
                vocabulary.update(profiles[code][order])
            size = len(vocabulary) + 1
            for code in self.codes:
                counts = profiles[code][order]
                total = sum(counts.values())
                denominator = total + ALPHA * size
                unseen[(code, order)] = math.log(ALPHA / denominator)
                for gram, count in counts.items():
                    logp[(code, order, gram)] = math.log((count + ALPHA) / denominator)
        # Every gram that some language has gets a value in every language.
        for (code, order, gram) in list(logp):
            for other in self.codes:
                logp.setdefault((other, order, gram), unseen[(other, order)])
        low = min(unseen.values())
        high = max(logp.values())
        self.step = (high - low) / 255

        def quantised(value):
            return max(0, min(255, math.floor((value - low) / self.step + 0.5)))

        self.logp = {key: quantised(value) for key, value in logp.items()}
        self.unseen = {key: quantised(value) for key, value in unseen.items()}

    def scores(self, text):
        totals = {code: 0 for code in self.codes}
        n = 0
        for order, gram in grams(text, MAXIMUM_LETTERS):
            n += 1
            for code in self.codes:
                totals[code] += self.logp.get((code, order, gram), self.unseen[(code, order)])
        return totals, n

    def classify(self, text):
        totals, n = self.scores(text)
        ranked = sorted(totals.items(), key=lambda item: -item[1])
        if n == 0:
            return None, 0.0
        (best, first), (_, second) = ranked[0], ranked[1]
        lead = (first - second) * self.step / n
        return best, 1 - math.exp(-lead)


def read_held_out():
    held_out = {}
    for code, _ in LANGUAGES:
        path = HERE / "heldout" / f"{code}.txt"
        held_out[code] = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return held_out


def measure(model, held_out):
    print(f"{'language':<12}{'correct':>10}{'accuracy':>10}   confusions")
    correct_all = total_all = 0
    confidences = []
    for code, name in LANGUAGES:
        sentences = held_out[code]
        correct = 0
        wrong = Counter()
        for sentence in sentences:
            guess, confidence = model.classify(sentence)
            if guess == code:
                correct += 1
                confidences.append(confidence)
            else:
                wrong[guess] += 1
        correct_all += correct
        total_all += len(sentences)
        share = correct / len(sentences)
        print(f"{name + ' (' + code + ')':<16}{correct:>3}/{len(sentences):<3}{share:>9.1%}   {dict(wrong) or ''}")
    print(f"{'all':<16}{correct_all:>3}/{total_all:<3}{correct_all / total_all:>9.1%}")
    confidences.sort()
    if confidences:
        low = confidences[: max(1, len(confidences) // 20)]
        print(f"confidence of correct answers: lowest {confidences[0]:.3f}, 5th percentile {low[-1]:.3f}, median {confidences[len(confidences) // 2]:.3f}")


def swift_string(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def write_profiles(profiles):
    lines = [
        "// Generated by Benchmarks/language-model/build_profiles.py from Benchmarks/language-model/training/.",
        "// Do not edit: change the training text and rerun the script.",
        "",
        "extension LanguageModel {",
        "    /// The n-gram counts of each language's training text: `gram count` pairs separated by spaces,",
        "    /// `_` standing for the space that pads a word (`_de` is \"de\" at the start of a word).",
        "    static let profiles: [(code: String, name: String, counts: String)] = [",
    ]
    for code, name in LANGUAGES:
        pairs = []
        for order in ORDERS:
            for gram, count in sorted(profiles[code][order].items(), key=lambda item: (-item[1], item[0])):
                pairs.append(f"{gram.replace(' ', '_')} {count}")
        lines += ["        (", f'            code: "{code}", name: "{name}",', '            counts: """']
        # Wrap the pairs into lines of at most ~120 characters; newlines separate like spaces.
        line = ""
        for pair in pairs:
            if line and len(line) + 1 + len(pair) > 120:
                lines.append("            " + swift_string(line))
                line = pair
            else:
                line = f"{line} {pair}" if line else pair
        if line:
            lines.append("            " + swift_string(line))
        lines += ['            """', "        ),"]
    lines += ["    ]", "}", ""]
    PROFILES.write_text("\n".join(lines), encoding="utf-8")


def write_held_out(held_out):
    lines = [
        "// Generated by Benchmarks/language-model/build_profiles.py from Benchmarks/language-model/heldout/.",
        "// Do not edit: change the sentences there and rerun the script. None of them is in the training text.",
        "",
        "/// Sentences written for the accuracy test, by language code; none of them was trained on.",
        "let heldOutSentences: [(code: String, sentences: [String])] = [",
    ]
    for code, _ in LANGUAGES:
        lines.append(f'    (')
        lines.append(f'        "{code}",')
        lines.append("        [")
        for sentence in held_out[code]:
            lines.append(f'            "{swift_string(sentence)}",')
        lines.append("        ]")
        lines.append("    ),")
    lines += ["]", ""]
    HELD_OUT.write_text("\n".join(lines), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="measure only, write no Swift files")
    arguments = parser.parse_args()

    profiles = {}
    for code, _ in LANGUAGES:
        text = (HERE / "training" / f"{code}.txt").read_text(encoding="utf-8")
        profiles[code] = profile(text)
    held_out = read_held_out()

    training = {code: (HERE / "training" / f"{code}.txt").read_text(encoding="utf-8") for code, _ in LANGUAGES}
    for code, sentences in held_out.items():
        for sentence in sentences:
            if sentence in training[code]:
                sys.exit(f"held-out sentence is in the training text: {sentence}")

    model = Model(profiles)
    measure(model, held_out)
    if not arguments.check:
        write_profiles(profiles)
        write_held_out(held_out)
        print(f"wrote {PROFILES.relative_to(ROOT)} and {HELD_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
