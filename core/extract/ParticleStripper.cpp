#include "extract/ParticleStripper.h"

#include "extract/CharIndex.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace newsgraph::core {
namespace {

enum class After { Any, Consonant, Vowel, VowelOrRieul };

struct ParticleForm {
    std::string_view text;
    ArgumentRole role;
    After after;
};

// Compound forms are listed so that the longest match wins ("에서는" before "는").
constexpr std::array particleForms{
    ParticleForm{"으로부터", ArgumentRole::Source, After::Consonant},
    ParticleForm{"로부터", ArgumentRole::Source, After::VowelOrRieul},
    ParticleForm{"에게서", ArgumentRole::Source, After::Any},
    ParticleForm{"에서부터", ArgumentRole::Source, After::Any},
    ParticleForm{"에서는", ArgumentRole::Source, After::Any},
    ParticleForm{"에서도", ArgumentRole::Source, After::Any},
    ParticleForm{"에서의", ArgumentRole::Source, After::Any},
    ParticleForm{"에서만", ArgumentRole::Source, After::Any},
    ParticleForm{"에서", ArgumentRole::Source, After::Any},
    ParticleForm{"에게는", ArgumentRole::Dative, After::Any},
    ParticleForm{"에게도", ArgumentRole::Dative, After::Any},
    ParticleForm{"에게", ArgumentRole::Dative, After::Any},
    ParticleForm{"한테", ArgumentRole::Dative, After::Any},
    ParticleForm{"에는", ArgumentRole::Dative, After::Any},
    ParticleForm{"에도", ArgumentRole::Dative, After::Any},
    ParticleForm{"에의", ArgumentRole::Dative, After::Any},
    ParticleForm{"에만", ArgumentRole::Dative, After::Any},
    ParticleForm{"에", ArgumentRole::Dative, After::Any},
    ParticleForm{"께서는", ArgumentRole::Topic, After::Any},
    ParticleForm{"께서", ArgumentRole::Subject, After::Any},
    ParticleForm{"과는", ArgumentRole::Comitative, After::Consonant},
    ParticleForm{"와는", ArgumentRole::Comitative, After::Vowel},
    ParticleForm{"과도", ArgumentRole::Comitative, After::Consonant},
    ParticleForm{"와도", ArgumentRole::Comitative, After::Vowel},
    ParticleForm{"과의", ArgumentRole::Comitative, After::Consonant},
    ParticleForm{"와의", ArgumentRole::Comitative, After::Vowel},
    ParticleForm{"과", ArgumentRole::Comitative, After::Consonant},
    ParticleForm{"와", ArgumentRole::Comitative, After::Vowel},
    ParticleForm{"이랑", ArgumentRole::Comitative, After::Consonant},
    ParticleForm{"랑", ArgumentRole::Comitative, After::Vowel},
    ParticleForm{"으로서", ArgumentRole::Direction, After::Consonant},
    ParticleForm{"로서", ArgumentRole::Direction, After::VowelOrRieul},
    ParticleForm{"으로써", ArgumentRole::Direction, After::Consonant},
    ParticleForm{"로써", ArgumentRole::Direction, After::VowelOrRieul},
    ParticleForm{"으로는", ArgumentRole::Direction, After::Consonant},
    ParticleForm{"로는", ArgumentRole::Direction, After::VowelOrRieul},
    ParticleForm{"으로도", ArgumentRole::Direction, After::Consonant},
    ParticleForm{"로도", ArgumentRole::Direction, After::VowelOrRieul},
    ParticleForm{"으로", ArgumentRole::Direction, After::Consonant},
    ParticleForm{"로", ArgumentRole::Direction, After::VowelOrRieul},
    ParticleForm{"이라는", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"라는", ArgumentRole::Copula, After::Vowel},
    ParticleForm{"이라고", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"라고", ArgumentRole::Copula, After::Vowel},
    ParticleForm{"이란", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"이었다", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"였다", ArgumentRole::Copula, After::Vowel},
    ParticleForm{"이다", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"이며", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"이고", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"이자", ArgumentRole::Copula, After::Consonant},
    ParticleForm{"인", ArgumentRole::Copula, After::Any},
    ParticleForm{"까지", ArgumentRole::Other, After::Any},
    ParticleForm{"부터", ArgumentRole::Other, After::Any},
    ParticleForm{"보다", ArgumentRole::Other, After::Any},
    ParticleForm{"처럼", ArgumentRole::Other, After::Any},
    ParticleForm{"만큼", ArgumentRole::Other, After::Any},
    ParticleForm{"마저", ArgumentRole::Other, After::Any},
    ParticleForm{"조차", ArgumentRole::Other, After::Any},
    ParticleForm{"이나", ArgumentRole::Other, After::Consonant},
    ParticleForm{"나", ArgumentRole::Other, After::Vowel},
    ParticleForm{"만", ArgumentRole::Other, After::Any},
    ParticleForm{"은", ArgumentRole::Topic, After::Consonant},
    ParticleForm{"는", ArgumentRole::Topic, After::Vowel},
    ParticleForm{"이", ArgumentRole::Subject, After::Consonant},
    ParticleForm{"가", ArgumentRole::Subject, After::Vowel},
    ParticleForm{"을", ArgumentRole::Object, After::Consonant},
    ParticleForm{"를", ArgumentRole::Object, After::Vowel},
    ParticleForm{"의", ArgumentRole::Genitive, After::Any},
    ParticleForm{"도", ArgumentRole::Topic, After::Any},
};

bool fits(After after, char32_t lastOfStem)
{
    // Latin letters, digits and closing marks can take either form ("AI가", "MS는", "3M은").
    if (!utf8::isHangulSyllable(lastOfStem)) return true;
    switch (after) {
    case After::Any: return true;
    case After::Consonant: return utf8::hasFinalConsonant(lastOfStem);
    case After::Vowel: return !utf8::hasFinalConsonant(lastOfStem);
    case After::VowelOrRieul: return !utf8::hasFinalConsonant(lastOfStem) || utf8::hasRieulFinal(lastOfStem);
    }
    return true;
}

const CharIndex<ParticleForm>& formsByLastChar()
{
    static const CharIndex<ParticleForm> index(std::span<const ParticleForm>(particleForms), CharIndex<ParticleForm>::End::Last,
                                               [](const ParticleForm& f) { return f.text; });
    return index;
}

} // namespace

StrippedWord ParticleStripper::strip(std::string_view word, const KnownName& isKnownName)
{
    StrippedWord result{word, {}, ArgumentRole::None};
    if (word.empty() || (isKnownName && isKnownName(word))) return result;
    for (const ParticleForm* candidate : formsByLastChar().candidates(word)) {
        const ParticleForm& form = *candidate;
        if (word.size() <= form.text.size() || !hasSuffix(word, form.text)) continue;
        const std::string_view stem = word.substr(0, word.size() - form.text.size());
        const char32_t lastOfStem = utf8::last(stem);
        if (!fits(form.after, lastOfStem)) continue;
        // A Latin acronym or a number before 인 is rare; "중국인" (a demonym) is left to the caller.
        result.stem = stem;
        result.particle = form.text;
        result.role = form.role;
        // Prefer a shorter particle when the stem plus part of the particle is a known name
        // ("하세가와의" -> 하세가와 + 의, not 하세가 + 와의).
        if (isKnownName) {
            for (const auto& shorter : particleForms) {
                if (shorter.text.size() >= form.text.size() || !hasSuffix(word, shorter.text)) continue;
                const std::string_view longerStem = word.substr(0, word.size() - shorter.text.size());
                if (isKnownName(longerStem)) return {longerStem, shorter.text, shorter.role};
            }
        }
        return result;
    }
    return result;
}

ArgumentRole ParticleStripper::roleOf(std::string_view particle)
{
    for (const auto& form : particleForms)
        if (form.text == particle) return form.role;
    return ArgumentRole::None;
}

bool ParticleStripper::isParticle(std::string_view word)
{
    const auto& forms = formsByLastChar().candidates(word);
    return std::any_of(forms.begin(), forms.end(), [&](const ParticleForm* form) { return form->text == word; });
}

} // namespace newsgraph::core
