// Identifies which filter control changed, so successive edits of one control merge into one undo step.
#pragma once

namespace newsgraph::ui {

enum class FilterEdit {
    EntityTypes = 1000, // distinct from other QUndoCommand ids
    RelationTypes,
    Articles,
    Outlets,
    DateRange,
    MinAmount,
    MinMentions,
    MinDegree,
    Toggle, // check boxes: every click is its own step
};

// Check boxes never merge (-1); every other control merges with its own previous edit.
inline int mergeIdFor(FilterEdit edit)
{
    return edit == FilterEdit::Toggle ? -1 : static_cast<int>(edit);
}

} // namespace newsgraph::ui
