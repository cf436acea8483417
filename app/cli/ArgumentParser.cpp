// Usage errors are values (Error::Kind::InvalidInput) so every command reports them the same way.
#include "ArgumentParser.h"

#include "CliOutput.h"

#include <charconv>
#include <iostream>
#include <limits>

namespace newsgraph::cli {

using core::Error;
using core::fail;

std::optional<std::string> ParsedArguments::value(const std::string& name) const
{
    if (auto it = values_.find(name); it != values_.end())
        return it->second;
    return std::nullopt;
}

std::string ParsedArguments::valueOr(const std::string& name, const std::string& fallback) const
{
    return value(name).value_or(fallback);
}

core::Result<long long> ParsedArguments::integer(const std::string& name, long long fallback, long long min,
                                                 long long max) const
{
    const auto text = value(name);
    if (!text)
        return fallback;
    long long result = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), result);
    if (ec != std::errc() || end != text->data() + text->size())
        return fail(Error::Kind::InvalidInput, name + " expects a whole number, not '" + *text + "'");
    if (result < min || result > max)
        return fail(Error::Kind::InvalidInput,
                    name + " must be between " + std::to_string(min) + " and " + std::to_string(max));
    return result;
}

core::Result<double> ParsedArguments::number(const std::string& name, double fallback) const
{
    const auto text = value(name);
    if (!text)
        return fallback;
    double result = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), result);
    if (ec != std::errc() || end != text->data() + text->size())
        return fail(Error::Kind::InvalidInput, name + " expects a number, not '" + *text + "'");
    return result;
}

ArgumentParser::ArgumentParser(std::string command, std::string summary, std::string usage)
    : command_(std::move(command)), summary_(std::move(summary)), usage_(std::move(usage))
{
}

ArgumentParser& ArgumentParser::flag(std::string name, std::string help)
{
    options_.push_back({std::move(name), {}, std::move(help)});
    return *this;
}

ArgumentParser& ArgumentParser::option(std::string name, std::string valueName, std::string help, bool required)
{
    options_.push_back({std::move(name), std::move(valueName), std::move(help), required});
    return *this;
}

ArgumentParser& ArgumentParser::positionals(std::string name, std::size_t min, std::size_t max, std::string help)
{
    positionalName_ = std::move(name);
    positionalHelp_ = std::move(help);
    minPositionals_ = min;
    maxPositionals_ = max;
    return *this;
}

ArgumentParser& ArgumentParser::epilog(std::string text)
{
    epilog_ = std::move(text);
    return *this;
}

const ArgumentParser::Option* ArgumentParser::find(const std::string& name) const
{
    for (const auto& option : options_)
        if (option.name == name)
            return &option;
    return nullptr;
}

core::Result<ParsedArguments> ArgumentParser::parse(std::span<const std::string> args) const
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (!optionsEnded && (arg == "-h" || arg == "--help")) {
            parsed.help_ = true;
            return parsed; // help wins over every other problem
        }
        if (!optionsEnded && arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            parsed.positionals_.push_back(arg);
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inlineValue;
        if (const auto equals = arg.find('='); equals != std::string::npos) {
            name = arg.substr(0, equals);
            inlineValue = arg.substr(equals + 1);
        }
        const Option* option = find(name);
        if (!option)
            return fail(Error::Kind::InvalidInput, "unknown option '" + name + "'");
        if (option->valueName.empty()) {
            if (inlineValue)
                return fail(Error::Kind::InvalidInput, "option '" + name + "' takes no value");
            parsed.flags_.insert(name);
            continue;
        }
        if (inlineValue) {
            parsed.values_[name] = *inlineValue;
        } else if (i + 1 < args.size()) {
            parsed.values_[name] = args[++i];
        } else {
            return fail(Error::Kind::InvalidInput, "option '" + name + "' needs a value (" + option->valueName + ")");
        }
    }
    for (const auto& option : options_)
        if (option.required && !parsed.values_.contains(option.name))
            return fail(Error::Kind::InvalidInput, "missing required option '" + option.name + "'");
    if (parsed.positionals_.size() < minPositionals_)
        return fail(Error::Kind::InvalidInput, positionalName_.empty() ? "missing argument"
                                                                       : "missing " + positionalName_);
    if (parsed.positionals_.size() > maxPositionals_)
        return fail(Error::Kind::InvalidInput, "unexpected argument '" + parsed.positionals_[maxPositionals_] + "'");
    return parsed;
}

std::string ArgumentParser::helpText() const
{
    std::string text = "usage: " + std::string(programName) + " " + command_ + " " + usage_ + "\n\n" + summary_ + "\n";
    if (!positionalHelp_.empty())
        text += "\n  " + positionalName_ + std::string(positionalName_.size() < 24 ? 24 - positionalName_.size() : 1, ' ')
            + positionalHelp_ + "\n";
    text += "\noptions:\n";
    for (const auto& option : options_) {
        std::string left = option.name + (option.valueName.empty() ? "" : " " + option.valueName);
        left.resize(std::max<std::size_t>(left.size() + 1, 24), ' ');
        text += "  " + left + option.help + (option.required ? " (required)" : "") + "\n";
    }
    text += "  -h, --help              show this help\n";
    if (!epilog_.empty())
        text += "\n" + epilog_ + "\n";
    return text;
}

std::expected<ParsedArguments, int> parseOrReport(const ArgumentParser& parser, std::span<const std::string> args)
{
    auto parsed = parser.parse(args);
    if (!parsed)
        return std::unexpected(usageError(parser.command(), parsed.error().message));
    if (parsed->helpRequested()) {
        std::cout << parser.helpText();
        return std::unexpected(exitOk);
    }
    return std::move(*parsed);
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        std::string item = text.substr(start, end - start);
        const auto first = item.find_first_not_of(" \t");
        const auto last = item.find_last_not_of(" \t");
        if (first != std::string::npos)
            items.push_back(item.substr(first, last - first + 1));
        start = end + 1;
    }
    return items;
}

} // namespace newsgraph::cli
