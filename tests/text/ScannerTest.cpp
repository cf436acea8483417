// CorpusScanner: recursion, extensions, sorting, de-duplication and reported problems.
#include "TextTestSupport.h"

#include "text/CorpusScanner.h"

using namespace newsgraph::core;
using namespace newsgraph::core::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> namesRelativeTo(const ScanResult& result, const fs::path& base)
{
    std::vector<std::string> names;
    for (const auto& file : result.files)
        names.push_back(file.lexically_relative(base).generic_string());
    return names;
}

} // namespace

TEST_CASE("Folders are scanned recursively for article files", "[text][scanner]")
{
    TemporaryFolder folder;
    folder.write("b.txt", "x");
    folder.write("a.md", "x");
    folder.write("deep/er/c.HTML", "x");
    folder.write("deep/d.htm", "x");
    folder.write("deep/photo.jpg", "x");
    folder.write("notes.pdf", "x");
    folder.write(".hidden/e.txt", "x");
    folder.write("deep/.f.txt", "x");
    folder.write("UPPER.TXT", "x");

    const ScanResult result = scanCorpus({folder.path()});
    CHECK(result.problems.empty());
    CHECK(namesRelativeTo(result, folder.path())
          == std::vector<std::string>{"UPPER.TXT", "a.md", "b.txt", "deep/d.htm", "deep/er/c.HTML"});
}

TEST_CASE("Files named twice or through a folder are listed once", "[text][scanner]")
{
    TemporaryFolder folder;
    const auto a = folder.write("a.txt", "x");
    folder.write("sub/b.txt", "x");
    const ScanResult result = scanCorpus({a, folder.path(), folder.path() / "sub", folder.path() / "sub" / ".." / "a.txt"});
    CHECK(result.problems.empty());
    CHECK(namesRelativeTo(result, folder.path()) == std::vector<std::string>{"a.txt", "sub/b.txt"});
}

TEST_CASE("Missing paths and unsuitable files are problems, not exceptions", "[text][scanner]")
{
    TemporaryFolder folder;
    const auto pdf = folder.write("paper.pdf", "x");
    const auto good = folder.write("ok.txt", "x");
    const ScanResult result = scanCorpus({folder.path() / "missing", pdf, good, folder.path() / "missing.txt"});
    CHECK(result.files == std::vector<fs::path>{good});
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].path == folder.path() / "missing");
    CHECK(result.problems[0].message == "no such file or folder");
    CHECK(result.problems[1].message.find("not an article file") == 0);
    CHECK(result.problems[2].message == "no such file or folder");
    CHECK(scanCorpus({}).files.empty());
}

TEST_CASE("Symbolic link loops end", "[text][scanner]")
{
    TemporaryFolder folder;
    folder.write("corpus/a.txt", "x");
    std::error_code error;
    fs::create_directory_symlink(folder.path() / "corpus", folder.path() / "corpus" / "loop", error);
    if (error) {
        WARN("skipped: cannot create symbolic links here (" << error.message() << ")");
        return;
    }
    const ScanResult result = scanCorpus({folder.path() / "corpus"});
    CHECK(result.files.size() == 1);
}

TEST_CASE("Unreadable folders and files are reported and the rest is still scanned", "[text][scanner]")
{
    TemporaryFolder folder;
    folder.write("open/a.txt", "x");
    folder.write("closed/b.txt", "x");
    const auto secret = folder.write("open/secret.txt", "x");
    fs::permissions(folder.path() / "closed", fs::perms::none);
    fs::permissions(secret, fs::perms::none);
    // As root the scan runs in a child that dropped to "nobody": root itself ignores permissions.
    const auto report = runUnprivileged([&] {
        const ScanResult result = scanCorpus({folder.path()});
        std::string text;
        for (const auto& name : namesRelativeTo(result, folder.path()))
            text += "file " + name + "\n";
        for (const auto& problem : result.problems)
            text += "problem " + problem.path.lexically_relative(folder.path()).generic_string() + ": " + problem.message + "\n";
        return text;
    });
    fs::permissions(folder.path() / "closed", fs::perms::owner_all);
    if (!report) {
        WARN("skipped: cannot drop root privileges to test permissions");
        return;
    }
    CHECK(*report == "file open/a.txt\nproblem closed: permission denied\nproblem open/secret.txt: permission denied\n");
}
