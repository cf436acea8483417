// Adding a command = one line here plus its own <Name>Command.cpp (and the source in CMakeLists.txt).
#include "Commands.h"

namespace newsgraph::cli {

const std::vector<Command>& commandTable()
{
    static const std::vector<Command> table = {
        {"ingest", "read articles (files or folders) into a database", runIngestCommand},
        {"export", "write the graph as json, graphml, gexf, dot or csv", runExportCommand},
        {"stats", "count articles, entities and relations in a database", runStatsCommand},
        {"search", "find entities by name, alias, romanisation or initials", runSearchCommand},
        {"path", "show how two entities are connected, with evidence", runPathCommand},
        {"bench", "ingest a generated corpus and report throughput", runBenchCommand},
        {"train-ner", "train the Korean NER model from the KLUE-NER data folder", runTrainNerCommand},
        {"ner", "tag named entities with the NER model (text or KLUE-NER layout)", runNerCommand},
#ifdef NEWSGRAPH_CLI_WITH_GUI
        {"render", "draw the graph as PNG, SVG or PDF with the explorer's renderer", runRenderCommand},
        {"bench-gui", "measure the explorer's canvas: first frame, frame time, layout, memory", runBenchGuiCommand},
#endif
    };
    return table;
}

const Command* findCommand(std::string_view name)
{
    for (const auto& command : commandTable())
        if (command.name == name)
            return &command;
    return nullptr;
}

} // namespace newsgraph::cli
