#include "extract/english/EnglishClause.h"

#include "extract/english/EnglishTokens.h"
#include "extract/english/EnglishWords.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {
namespace {

constexpr std::size_t maxSubjectDistance = 16;
constexpr std::size_t maxObjectDistance = 10;

template <std::size_t N> bool among(const std::string_view (&list)[N], std::string_view w)
{
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

constexpr std::string_view clauseWords[] = {"that",   "but",       "while",  "whereas", "because", "although",
                                            "though", "after",     "before", "when",    "said",    "says",
                                            "told",   "according", "unlike", "if",      "whether"};
constexpr std::string_view clauseMarks[] = {";", ":", "—", "–", "(", ")", "?", "!", "\"", "“", "”"};
constexpr std::string_view focusNouns[] = {"company",  "firm",  "startup", "start-up",  "group",
                                           "business", "round", "lab",     "developer", "maker"};
constexpr std::string_view negations[] = {
    "not",     "never", "no",        "denied",   "denies",    "declined", "refused",   "rejected", "failed",
    "without", "nor",   "dismissed", "scrapped", "abandoned", "unlikely", "cancelled", "canceled", "ended"};
constexpr std::string_view plans[] = {"will",   "would",    "plans",   "plan",        "planned", "planning",
                                      "agreed", "agrees",   "intends", "aims",        "expects", "expected",
                                      "set",    "proposed", "pending", "talks",       "offer",   "seeks",
                                      "could",  "may",      "might",   "considering", "weighing"};
constexpr std::string_view groupFillers[] = {
    "investors", "existing", "such",  "as",   "the",       "firms",     "backers", "investor", "firm",
    "venture",   "capital",  "funds", "fund", "companies", "including", "new",     "other",    "returning"};

} // namespace

EnglishClause::EnglishClause(std::string_view sentence, const std::vector<ResolvedMention>& mentionsIn)
{
    std::vector<ResolvedMention> mentions = mentionsIn;
    std::sort(mentions.begin(), mentions.end(),
              [](const auto& a, const auto& b) { return a.begin < b.begin; });
    std::size_t mi = 0;
    std::vector<char> emitted(mentions.size(), 0);
    for (const EnglishToken& t : tokenizeEnglish(sentence)) {
        while (mi < mentions.size() && mentions[mi].end <= t.begin)
            ++mi;
        const bool overlaps =
            mi < mentions.size() && mentions[mi].begin < t.end && t.begin < mentions[mi].end;
        if (!overlaps) {
            ClauseItem item;
            item.kind = t.kind == EnglishToken::Kind::Word    ? ClauseItem::Kind::Word
                        : t.kind == EnglishToken::Kind::Punct ? ClauseItem::Kind::Punct
                                                              : ClauseItem::Kind::Possessive;
            item.lower = t.lower;
            item.begin = t.begin;
            item.end = t.end;
            items_.push_back(std::move(item));
            continue;
        }
        const ResolvedMention& m = mentions[mi];
        if (!emitted[mi]) {
            emitted[mi] = 1;
            ClauseItem item;
            item.kind = ClauseItem::Kind::Entity;
            item.begin = m.begin;
            item.end = m.end;
            item.entity = m.entity;
            items_.push_back(std::move(item));
        }
        // "Nvidia-backed": the rest of the word after the name is a word of its own ("-backed").
        if (t.kind == EnglishToken::Kind::Word && t.end > m.end && m.end > t.begin) {
            ClauseItem rest;
            rest.lower = t.lower.substr(m.end - t.begin);
            rest.begin = m.end;
            rest.end = t.end;
            items_.push_back(std::move(rest));
        }
    }
    // Coordination: "A and B", "A, B and C", "A & B".
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (items_[i].kind != ClauseItem::Kind::Entity)
            continue;
        EntityGroup g{i, i, {items_[i].entity}};
        std::size_t j = i;
        std::vector<std::size_t> listed{i};
        bool joined = false;
        while (true) {
            std::size_t k = j + 1;
            const bool comma = k < items_.size() && items_[k].isPunct(",");
            if (comma)
                ++k;
            const bool conj = k < items_.size() && (items_[k].isWord("and") || items_[k].isWord("&"));
            if (conj)
                ++k;
            if (conj && k + 1 < items_.size() && items_[k].isWord("the"))
                ++k; // "IBM and the University of Tokyo"
            if ((!comma && !conj) || k >= items_.size() || items_[k].kind != ClauseItem::Kind::Entity)
                break;
            listed.push_back(k);
            j = k;
            if (conj) {
                joined = true;
                break;
            }
        }
        // "Cisco, AMD Ventures and the Export Development Bank": a list whose last member is no name is still
        // a list.
        const std::size_t next = listed.back() + 1;
        if (!joined && listed.size() > 1 && next + 1 < items_.size() &&
            (items_[next].isWord("and") || (items_[next].isPunct(",") && items_[next + 1].isWord("and"))))
            joined = true;
        // A comma alone is an apposition ("Mensch, Mistral's chief"), not a list.
        if (!joined)
            listed.resize(1);
        g.lastItem = listed.back();
        g.entities.clear();
        for (std::size_t k : listed) {
            items_[k].group = groups_.size();
            g.entities.push_back(items_[k].entity);
        }
        groups_.push_back(std::move(g));
        i = listed.back();
    }
}

bool EnglishClause::endsClause(std::size_t i) const
{
    const ClauseItem& it = items_[i];
    if (it.kind == ClauseItem::Kind::Punct)
        return among(clauseMarks, it.lower) || (it.lower == "." && i + 1 == items_.size());
    return it.kind == ClauseItem::Kind::Word && among(clauseWords, it.lower);
}

bool EnglishClause::opensApposition(std::size_t j) const
{
    static constexpr std::string_view openers[] = {
        "the",        "a",     "an",    "its",           "their",     "which",
        "who",        "whose", "based", "headquartered", "founded",   "formerly",
        "previously", "now",   "then",  "one",           "also",      "former",
        "backed",     "owned", "until", "once",          "meanwhile", "however",
        "too",        "though"};
    if (j >= items_.size())
        return false;
    const ClauseItem& it = items_[j];
    if (it.kind == ClauseItem::Kind::Entity) // "X, Amazon's cloud unit," / "X, OpenAI CEO,"
        return j + 1 < items_.size() && (items_[j + 1].kind == ClauseItem::Kind::Possessive || roleAt(j + 1));
    if (it.kind != ClauseItem::Kind::Word)
        return false;
    return among(openers, it.lower) || roleAt(j);
}

bool EnglishClause::roleAt(std::size_t j) const
{
    std::vector<std::string_view> words;
    for (std::size_t k = j; k < items_.size() && k < j + 3; ++k)
        words.push_back(items_[k].lower);
    std::size_t length = 0;
    return !words.empty() && matchEnglishRole(words, 0, length).has_value();
}

std::optional<std::size_t> EnglishClause::focusPhraseAt(std::size_t i) const
{
    if (items_[i].isWord("it") || items_[i].isWord("its"))
        return i + 1;
    if ((items_[i].isWord("the") || items_[i].isWord("this")) && i + 1 < items_.size() &&
        items_[i + 1].kind == ClauseItem::Kind::Word && among(focusNouns, items_[i + 1].lower))
        return i + 2;
    return std::nullopt;
}

ClauseArgument EnglishClause::subjectBefore(std::size_t pos) const
{
    for (std::size_t step = 1; step <= maxSubjectDistance && step <= pos; ++step) {
        const std::size_t i = pos - step;
        const ClauseItem& it = items_[i];
        if (it.kind == ClauseItem::Kind::Entity)
            return {it.group, false, i};
        // "X said it would", "the company said": the speaker, else the passage's focus.
        const bool pronoun =
            it.isWord("it") || it.isWord("they") ||
            (i > 0 && items_[i - 1].isWord("the") && among(focusNouns, it.lower) && !it.isWord("round"));
        if (pronoun) {
            // "Cohere, the Canadian company, said on Tuesday it had raised": the speaker is the antecedent.
            const std::size_t j = (it.isWord("it") || it.isWord("they")) ? i : i - 1;
            for (std::size_t k = j; k-- > 0 && j - k <= 4;) {
                if (items_[k].kind != ClauseItem::Kind::Word || !isSpeechVerb(items_[k].lower))
                    continue;
                const ClauseArgument speaker = subjectBefore(k);
                if (speaker.group)
                    return speaker;
                break;
            }
            return {std::nullopt, true, i};
        }
        if (it.isPunct(",")) {
            // An apposition between commas ("X, a unit of Y, said"): the subject stands before the first
            // comma.
            for (std::size_t k = i; k-- > 0 && i - k <= 14;) {
                if (items_[k].isPunct(",")) {
                    if (k > 0 && items_[k - 1].kind == ClauseItem::Kind::Entity && opensApposition(k + 1))
                        return {items_[k - 1].group, false, k - 1};
                    // "The company, which is led by Sam Altman, develops ChatGPT"
                    if (k >= 2 && focusPhraseAt(k - 2) == k && opensApposition(k + 1))
                        return {std::nullopt, true, k - 2};
                    break;
                }
                if (endsClause(k))
                    break;
            }
            if (i > 0 && items_[i - 1].kind == ClauseItem::Kind::Entity)
                return {items_[i - 1].group, false, i - 1};
            return {};
        }
        // "It partnered with Oracle and Fujitsu, and opened an office": the second verb shares the first
        // one's subject.
        if (it.isWord("and") && i + 1 < pos && items_[i + 1].kind == ClauseItem::Kind::Word &&
            items_[i + 1].lower.ends_with("ed")) {
            for (std::size_t k = i; k-- > 0 && i - k <= maxSubjectDistance;) {
                if (endsClause(k))
                    break;
                if (items_[k].kind == ClauseItem::Kind::Word && items_[k].lower.ends_with("ed") && k + 1 < i)
                    return subjectBefore(k);
            }
        }
        if (endsClause(i))
            return {};
    }
    return {};
}

ClauseArgument EnglishClause::objectAfter(std::size_t pos, std::string_view preposition) const
{
    std::size_t i = pos + 1;
    if (!preposition.empty()) {
        while (i < items_.size() && i <= pos + maxObjectDistance && !items_[i].isWord(preposition)) {
            if (endsClause(i) || items_[i].isPunct(",") || items_[i].kind == ClauseItem::Kind::Entity)
                return {};
            ++i;
        }
        if (i >= items_.size() || !items_[i].isWord(preposition))
            return {};
        ++i;
    }
    const std::size_t limit = pos + maxObjectDistance + (preposition.empty() ? 0 : 6);
    for (; i < items_.size() && i <= limit; ++i) {
        const ClauseItem& it = items_[i];
        if (it.kind == ClauseItem::Kind::Entity)
            return {it.group, false, i};
        if (focusPhraseAt(i))
            return {std::nullopt, true, i};
        if (endsClause(i) || it.isPunct(","))
            return {};
        if (preposition.empty() &&
            (it.isWord("by") || it.isWord("from") || it.isWord("with") || it.isWord("as")))
            return {};
    }
    return {};
}

std::vector<std::size_t> EnglishClause::groupsAfterWords(std::size_t pos,
                                                         const std::vector<std::string_view>& words) const
{
    std::vector<std::size_t> out;
    for (std::size_t i = pos + 1; i < items_.size(); ++i) {
        const ClauseItem& it = items_[i];
        if (it.isPunct(";") || it.isWord("said") || it.isWord("says") || it.isWord("according"))
            break;
        if (it.kind != ClauseItem::Kind::Word ||
            std::find(words.begin(), words.end(), it.lower) == words.end())
            continue;
        for (std::size_t k = i + 1; k < items_.size() && k <= i + 4; ++k) {
            if (items_[k].kind == ClauseItem::Kind::Entity) {
                if (std::find(out.begin(), out.end(), items_[k].group) == out.end())
                    out.push_back(items_[k].group);
                break;
            }
            if (items_[k].kind != ClauseItem::Kind::Word || !among(groupFillers, items_[k].lower))
                break;
        }
    }
    return out;
}

bool EnglishClause::negatedBefore(std::size_t pos) const
{
    for (std::size_t k = 1; k <= 5 && k <= pos; ++k) {
        const ClauseItem& it = items_[pos - k];
        if (it.kind == ClauseItem::Kind::Entity || it.isPunct(","))
            break;
        if (it.kind != ClauseItem::Kind::Word)
            continue;
        if (among(negations, it.lower) || it.lower.ends_with("n't") || it.lower.ends_with("n’t"))
            return true;
    }
    return false;
}

bool EnglishClause::plannedBefore(std::size_t pos) const
{
    for (std::size_t k = 1; k <= 5 && k <= pos; ++k) {
        const ClauseItem& it = items_[pos - k];
        if (it.kind == ClauseItem::Kind::Entity || it.isPunct(","))
            break;
        if (it.kind == ClauseItem::Kind::Word && (among(plans, it.lower) || (k == 1 && it.lower == "to")))
            return true;
    }
    return false;
}

} // namespace newsgraph::core
