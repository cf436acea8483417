// newsgraph-cli: dispatches to one command; all work lives in the commands and in core.
#include "CliOutput.h"
#include "Commands.h"

#include <exception>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    using namespace newsgraph::cli;
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (!args.empty())
            if (const Command* command = findCommand(args[0]))
                return command->run(std::span<const std::string>(args).subspan(1));
        return runTopLevel(args);
    } catch (const std::exception& e) {
        return reportError(std::string("internal error: ") + e.what());
    }
}
