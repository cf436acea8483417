// Walks folders with error codes instead of exceptions: one unreadable folder must not hide the
// rest of the corpus, and it is reported as a problem the UI can list.
#include "text/CorpusScanner.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <set>
#include <system_error>

namespace newsgraph::core {
namespace {

namespace fs = std::filesystem;

bool isArticleExtension(const fs::path& path)
{
    std::string extension = path.extension().string();
    for (char& c : extension)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return extension == ".txt" || extension == ".md" || extension == ".html" || extension == ".htm";
}

std::string describe(const std::error_code& error)
{
    if (error == std::errc::permission_denied)
        return "permission denied";
    if (error == std::errc::no_such_file_or_directory)
        return "no such file or folder";
    return error.message();
}

class Scan
{
public:
    ScanResult result;

    void root(const fs::path& path)
    {
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            problem(path, error && error != std::errc::no_such_file_or_directory ? describe(error) : "no such file or folder");
            return;
        }
        if (fs::is_directory(status)) {
            folder(path);
            return;
        }
        if (!fs::is_regular_file(status)) {
            problem(path, "not a regular file");
            return;
        }
        if (!isArticleExtension(path)) {
            problem(path, "not an article file (expected .txt, .md, .html or .htm)");
            return;
        }
        file(path);
    }

private:
    void problem(const fs::path& path, std::string message) { result.problems.push_back(ScanProblem{path, std::move(message)}); }

    void file(const fs::path& path)
    {
        // Opening is the portable readability test; a file we cannot open is a problem, not an article.
        if (!std::ifstream(path, std::ios::binary)) {
            problem(path, errno == EACCES ? "permission denied" : "cannot be opened");
            return;
        }
        std::error_code error;
        fs::path identity = fs::canonical(path, error);
        if (error)
            identity = fs::absolute(path, error).lexically_normal();
        if (m_seenFiles.insert(identity.string()).second)
            result.files.push_back(path.lexically_normal());
    }

    void folder(const fs::path& path)
    {
        std::error_code error;
        const fs::path identity = fs::canonical(path, error);
        // A symbolic link back to an ancestor would otherwise recurse forever.
        if (!error && !m_seenFolders.insert(identity.string()).second)
            return;
        fs::directory_iterator entries(path, error);
        if (error) {
            problem(path, describe(error));
            return;
        }
        std::vector<fs::path> children;
        for (const fs::directory_iterator end; entries != end; entries.increment(error)) {
            if (error) {
                problem(path, describe(error));
                break;
            }
            children.push_back(entries->path());
        }
        std::sort(children.begin(), children.end());
        for (const fs::path& child : children) {
            const std::string name = child.filename().string();
            if (name.starts_with("."))
                continue; // hidden files and folders (.git, editor backups) are not articles
            std::error_code childError;
            const fs::file_status status = fs::status(child, childError);
            if (childError) {
                problem(child, describe(childError));
                continue;
            }
            if (fs::is_directory(status))
                folder(child);
            else if (fs::is_regular_file(status) && isArticleExtension(child))
                file(child);
        }
    }

    std::set<std::string> m_seenFiles;
    std::set<std::string> m_seenFolders;
};

} // namespace

ScanResult scanCorpus(const std::vector<std::filesystem::path>& roots)
{
    Scan scan;
    try {
        for (const auto& root : roots)
            scan.root(root);
    } catch (const std::exception& exception) {
        // Allocation failures or odd file systems: report rather than let an exception escape.
        scan.result.problems.push_back(ScanProblem{{}, std::string("scan stopped: ") + exception.what()});
    }
    std::sort(scan.result.files.begin(), scan.result.files.end());
    scan.result.files.erase(std::unique(scan.result.files.begin(), scan.result.files.end()), scan.result.files.end());
    return scan.result;
}

} // namespace newsgraph::core
