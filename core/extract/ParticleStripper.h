// Splits Korean particles (josa) and copula endings off an eojeol and names the argument role they mark.
#pragma once

#include <functional>
#include <string_view>

namespace newsgraph::core {

// What a particle says about the noun's part in the clause: the signal for argument structure.
enum class ArgumentRole {
    None,        // bare noun (compound, apposition or list member)
    Subject,     // 이/가/께서
    Topic,       // 은/는, 도 (additive topic)
    Object,      // 을/를
    Dative,      // 에/에게/한테/께 (target, place of arrival)
    Comitative,  // 와/과/하고/랑 (partner or coordination)
    Source,      // 로부터/에서/에게서 (origin, also location of an activity)
    Genitive,    // 의
    Direction,   // 로/으로 (means, direction, capacity)
    Copula,      // 인/이다/이며/이라는 (apposition: "투자사인 MS")
    Other,       // 만/까지/보다/처럼 ...
};

struct StrippedWord {
    std::string_view stem;     // the word without its particle
    std::string_view particle; // "" when none
    ArgumentRole role = ArgumentRole::None;
};

class ParticleStripper
{
public:
    // `isKnownName` protects words that are names as a whole ("하세가와" keeps its 와).
    using KnownName = std::function<bool(std::string_view)>;

    // Longest particle first; checks that the particle fits the stem's last syllable
    // (이/가, 은/는, 을/를, 과/와, 으로/로) so that name-final syllables are kept when they cannot be particles.
    static StrippedWord strip(std::string_view word, const KnownName& isKnownName = {});

    // The role of a particle written on its own (after a closing parenthesis or quote: "(PFN)은").
    static ArgumentRole roleOf(std::string_view particle);
    // True when the whole word is a particle ("은", "에서", "이라는").
    static bool isParticle(std::string_view word);
};

} // namespace newsgraph::core
