// Shared helpers for the core/text tests: fixture paths, temporary folders, article queries.
#pragma once

#include "model/Article.h"
#include "text/ArticleReader.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace newsgraph::core::testing {

inline std::filesystem::path textFixture(const std::string& name)
{
    return std::filesystem::path(NEWSGRAPH_TEXT_FIXTURES_DIR) / name;
}

// A fresh folder under the system temp dir, removed when the test ends.
class TemporaryFolder
{
public:
    TemporaryFolder()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("newsgraph-text-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryFolder()
    {
        std::error_code ignored;
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ignored);
        std::filesystem::remove_all(m_path, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    std::filesystem::path write(const std::string& relative, std::string_view bytes) const
    {
        const auto file = m_path / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream stream(file, std::ios::binary);
        stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return file;
    }

private:
    std::filesystem::path m_path;
};

inline Article readText(std::string_view text, const std::string& name = "article.txt")
{
    auto article = ArticleReader().readBytes(text, name);
    if (!article)
        FAIL("could not read " << name << ": " << article.error().message);
    return *article;
}

inline bool bodyHas(const Article& article, std::string_view text) { return article.body.find(text) != std::string::npos; }

inline bool noiseHas(const Article& article, std::string_view text)
{
    return std::any_of(article.removedNoise.begin(), article.removedNoise.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

inline const Sentence* sentenceWith(const Article& article, std::string_view text)
{
    for (const Sentence& sentence : article.sentences)
        if (sentence.text.find(text) != std::string::npos)
            return &sentence;
    return nullptr;
}

inline std::size_t countInBody(const Article& article, std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t at = article.body.find(text); at != std::string::npos; at = article.body.find(text, at + 1))
        ++count;
    return count;
}

// Permission tests mean nothing as root (root reads mode-000 files), so as root the check runs in
// a child process that has dropped to the unprivileged "nobody" user (uid/gid 65534). Returns the
// string the check produced, or nullopt when privileges could not be dropped.
inline std::optional<std::string> runUnprivileged(const std::function<std::string()>& check)
{
    if (::geteuid() != 0)
        return check();
    int channel[2];
    if (::pipe(channel) != 0)
        return std::nullopt;
    const pid_t child = ::fork();
    if (child < 0)
        return std::nullopt;
    if (child == 0) {
        ::close(channel[0]);
        std::string result = "\x01" "cannot drop privileges";
        if (::setgid(65534) == 0 && ::setuid(65534) == 0)
            result = check();
        const ssize_t written = ::write(channel[1], result.data(), result.size());
        ::_exit(written == static_cast<ssize_t>(result.size()) ? 0 : 1);
    }
    ::close(channel[1]);
    std::string result;
    char buffer[512];
    for (ssize_t got; (got = ::read(channel[0], buffer, sizeof buffer)) > 0;)
        result.append(buffer, static_cast<std::size_t>(got));
    ::close(channel[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || result.starts_with("\x01"))
        return std::nullopt;
    return result;
}

inline bool isRoot()
{
#ifdef __unix__
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace newsgraph::core::testing
