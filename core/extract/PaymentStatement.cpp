#include "extract/PaymentStatement.h"

#include "extract/PredicateForms.h"
#include "extract/TriggerTable.h"

namespace newsgraph::core {

bool statesPayment(const std::vector<Token>& tokens, std::pair<std::size_t, std::size_t> clause)
{
    for (std::size_t k = clause.first; k <= clause.second && k < tokens.size(); ++k)
        if (tokens[k].isWord() && (isFundingNoun(tokens[k].stem) || isMoneyWord(tokens[k].stem)))
            return true;
    return false;
}

} // namespace newsgraph::core
