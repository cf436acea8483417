// File-level errors of ArticleReader::readFile: missing, folder, special file, too large, unreadable.
#include "TextTestSupport.h"

#include <sys/stat.h>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

TEST_CASE("readFile reads a file and records where it came from", "[text][reader]")
{
    TemporaryFolder folder;
    const auto path = folder.write("sub/기사.txt", "제목이다\n\n본문 첫 문장이다. 둘째 문장이다.\n");
    const auto article = ArticleReader().readFile(path);
    REQUIRE(article);
    CHECK(article->sourcePath == path.string());
    CHECK(article->fileName == "기사.txt");
    CHECK(article->metadata.title == "제목이다");
    CHECK(article->sentences.size() == 3);
}

TEST_CASE("readFile refuses what is not a readable article file", "[text][reader]")
{
    TemporaryFolder folder;
    ArticleReader reader;

    SECTION("a missing file")
    {
        const auto path = folder.path() / "nope.txt";
        const auto result = reader.readFile(path);
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == Error::Kind::NotFound);
        CHECK(result.error().message == path.string() + ": no such file");
    }
    SECTION("a folder")
    {
        const auto result = reader.readFile(folder.path());
        REQUIRE_FALSE(result);
        CHECK(result.error().message.find("is a folder") != std::string::npos);
    }
    SECTION("an empty file")
    {
        const auto path = folder.write("empty.txt", "");
        const auto result = reader.readFile(path);
        REQUIRE_FALSE(result);
        CHECK(result.error().message == path.string() + ": file is empty");
    }
    SECTION("a named pipe is refused without blocking on it")
    {
        const auto path = folder.path() / "pipe.txt";
        REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
        const auto result = reader.readFile(path);
        REQUIRE_FALSE(result);
        CHECK(result.error().message == path.string() + ": is not a regular file");
    }
    SECTION("a binary file with a .txt name")
    {
        static constexpr char gif[] = "GIF89a\x01\0\x01\0\x80\0\0";
        const auto path = folder.write("image.txt", std::string(gif, sizeof gif - 1));
        const auto result = reader.readFile(path);
        REQUIRE_FALSE(result);
        CHECK(result.error().message.find(path.string() + ": not text") == 0);
    }
    SECTION("a file larger than 20 MB (sparse, so the test stays fast)")
    {
        const auto path = folder.write("huge.txt", "가");
        std::filesystem::resize_file(path, 52u * 1024u * 1024u);
        const auto result = reader.readFile(path);
        REQUIRE_FALSE(result);
        CHECK(result.error().message == path.string() + " is 52 MB; articles larger than 20 MB are not read");
    }
    SECTION("a file of exactly the limit is still read")
    {
        // Padded with spaces: the point is the size check, and the test must stay fast in Debug.
        std::string text = "제목\n가상전자는 새 공장을 짓는다고 밝혔다.\n";
        text.resize(ArticleReader::maxFileBytes, ' ');
        const auto path = folder.write("limit.txt", text);
        REQUIRE(std::filesystem::file_size(path) == ArticleReader::maxFileBytes);
        const auto result = reader.readFile(path);
        REQUIRE(result);
        CHECK(result->metadata.title == "제목");
    }
}

TEST_CASE("An unreadable file is reported, not thrown", "[text][reader]")
{
    TemporaryFolder folder;
    const auto path = folder.write("secret.txt", "제목\n\n본문이다.\n");
    std::filesystem::permissions(path, std::filesystem::perms::none);
    // As root the read runs in a child that dropped to "nobody": root itself ignores mode 000.
    const auto message = runUnprivileged([&] {
        const auto result = ArticleReader().readFile(path);
        return result ? std::string("read") : result.error().message;
    });
    if (!message) {
        WARN("skipped: cannot drop root privileges to test permissions");
        return;
    }
    CHECK(*message == path.string() + ": cannot be read (Permission denied)");
}
