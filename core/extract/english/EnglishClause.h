// An English sentence as the relation rules read it: words and punctuation with each resolved entity
// mention as one slot, coordinated mentions ("Nvidia and Microsoft") grouped, and the scans that find
// a predicate's subject to its left and its object to its right.
#pragma once

#include "extract/MentionResolver.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

struct ClauseItem
{
    enum class Kind { Word, Punct, Possessive, Entity };
    Kind kind = Kind::Word;
    std::string lower;              // word in lower case, the punctuation mark, "'s"
    std::size_t begin = 0, end = 0; // bytes in the sentence
    std::size_t entity = 0;         // Entity: index into the article's entities
    std::size_t group = 0;          // Entity: index into EnglishClause::groups()

    bool isWord(std::string_view w) const { return kind == Kind::Word && lower == w; }
    bool isPunct(std::string_view p) const { return kind == Kind::Punct && lower == p; }
};

// Entities joined by "and", "&" or commas: one argument of the predicate, expanded to each of them.
struct EntityGroup
{
    std::size_t firstItem = 0, lastItem = 0;
    std::vector<std::size_t> entities;
};

// A group, or "the company" / "it" standing for the organisation the passage is about.
struct ClauseArgument
{
    std::optional<std::size_t> group;
    bool focus = false;
    std::size_t item = 0; // where it was found
    bool found() const { return group.has_value() || focus; }
};

class EnglishClause
{
public:
    EnglishClause(std::string_view sentence, const std::vector<ResolvedMention>& mentions);

    const std::vector<ClauseItem>& items() const { return items_; }
    const std::vector<EntityGroup>& groups() const { return groups_; }
    std::size_t size() const { return items_.size(); }
    const ClauseItem& operator[](std::size_t i) const { return items_[i]; }
    bool wordAt(std::size_t i, std::string_view w) const { return i < items_.size() && items_[i].isWord(w); }

    // The subject of a predicate at `pos`: the nearest group to its left in the same clause, skipping an
    // apposition between commas ("X, the French start-up, has raised"), relative "who/which" ("X, who
    // founded") and auxiliaries; "it" or "the company" give the focus.
    ClauseArgument subjectBefore(std::size_t pos) const;
    // The object after `pos`: the first group reached before the clause ends; with `preposition`, the
    // first group right after that word ("invested $5m in Y").
    ClauseArgument objectAfter(std::size_t pos, std::string_view preposition = {}) const;
    // Every group introduced by one of `words` after `pos` ("led by X, with participation from Y and Z").
    std::vector<std::size_t> groupsAfterWords(std::size_t pos,
                                              const std::vector<std::string_view>& words) const;

    // A negation within the few words before `pos` ("did not invest", "denied it would buy").
    bool negatedBefore(std::size_t pos) const;
    // A plan rather than a fact ("plans to acquire", "agreed to buy", "will invest").
    bool plannedBefore(std::size_t pos) const;

private:
    bool endsClause(std::size_t i) const;
    bool opensApposition(std::size_t i) const; // "the", "a", "who", a title, "Amazon's" ...
    bool roleAt(std::size_t i) const;
    std::optional<std::size_t> focusPhraseAt(std::size_t i) const; // returns the item after it

    std::vector<ClauseItem> items_;
    std::vector<EntityGroup> groups_;
};

} // namespace newsgraph::core
