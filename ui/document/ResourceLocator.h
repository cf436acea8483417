// Finds the bundled resources (sample corpus, lexicon, NER model) and the default database location.
#pragma once

#include <QString>

namespace newsgraph::ui {

// First existing of: $NEWSGRAPH_RESOURCES, the source tree's resources/ (compile definition
// NEWSGRAPH_DEFAULT_RESOURCES_DIR), <exe>/../share/newsgraph. Empty when none exists.
QString resourcesDirectory();
// <resources>/corpus, or empty.
QString sampleCorpusDirectory();
// <AppDataLocation>/newsgraph.db (the folder is created).
QString defaultDatabasePath();

} // namespace newsgraph::ui
