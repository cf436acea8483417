// The exchange-rate table the GUI converts with: resources/rates/usd-rates.tsv, else core's built-in figures.
#pragma once

#include "graph/RateTable.h"

namespace newsgraph::ui {

// Loaded once per run (the file is small and does not change while the program runs).
const core::RateTable& usdRates();

} // namespace newsgraph::ui
