// A tiny command-line parser shared by the newsgraph-cli commands: --flags, --options VALUE, positionals.
#pragma once

#include "model/Error.h"

#include <cstddef>
#include <expected>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace newsgraph::cli {

class ParsedArguments
{
public:
    bool has(const std::string& name) const { return flags_.contains(name) || values_.contains(name); }
    std::optional<std::string> value(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;
    const std::vector<std::string>& positionals() const { return positionals_; }
    bool helpRequested() const { return help_; }

    // Numeric option values; a malformed or out-of-range value is a usage error naming the option.
    core::Result<long long> integer(const std::string& name, long long fallback, long long min, long long max) const;
    core::Result<double> number(const std::string& name, double fallback) const;

private:
    friend class ArgumentParser;
    std::set<std::string> flags_;
    std::map<std::string, std::string> values_;
    std::vector<std::string> positionals_;
    bool help_ = false;
};

class ArgumentParser
{
public:
    // usage: the part after "newsgraph-cli <command> ", e.g. "--db FILE [options] PATH...".
    ArgumentParser(std::string command, std::string summary, std::string usage);

    ArgumentParser& flag(std::string name, std::string help);
    ArgumentParser& option(std::string name, std::string valueName, std::string help, bool required = false);
    ArgumentParser& positionals(std::string name, std::size_t min, std::size_t max, std::string help);
    ArgumentParser& epilog(std::string text); // examples and notes after the option list

    // "--name value", "--name=value", "--" ends options, "-h"/"--help" anywhere asks for help.
    core::Result<ParsedArguments> parse(std::span<const std::string> args) const;
    std::string helpText() const;
    const std::string& command() const { return command_; }

private:
    struct Option {
        std::string name, valueName, help;
        bool required = false;
    };
    const Option* find(const std::string& name) const;

    std::string command_, summary_, usage_, epilog_;
    std::vector<Option> options_;
    std::string positionalName_, positionalHelp_;
    std::size_t minPositionals_ = 0, maxPositionals_ = 0;
};

// Parses; prints the help (then returns exit code 0) or the usage error with a hint (exit code 2).
// The caller returns the error value as its exit status.
std::expected<ParsedArguments, int> parseOrReport(const ArgumentParser& parser, std::span<const std::string> args);

// "a,b, c" -> {"a","b","c"}; empty items dropped.
std::vector<std::string> splitList(const std::string& text);

} // namespace newsgraph::cli
