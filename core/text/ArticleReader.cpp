// The reading pipeline: bytes -> decoded UTF-8 -> LF + NFC -> (HTML/Markdown to text) -> classified
// lines -> metadata -> duplicates removed -> body and sentences with byte offsets into the body.
#include "text/ArticleReader.h"

#include "text/ByteSet.h"
#include "text/ContentHash.h"
#include "text/DuplicateFilter.h"
#include "text/HtmlToText.h"
#include "text/LineClassifier.h"
#include "text/MarkdownToText.h"
#include "text/MetadataCollector.h"
#include "text/NameKey.h"
#include "text/SentenceSplitter.h"
#include "text/TextDecoder.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace newsgraph::core {
namespace {

enum class Format { Text, Markdown, Html };

constexpr std::size_t maxLines = 1'000'000;

Format formatOf(const std::string& fileName)
{
    std::string extension = std::filesystem::path(fileName).extension().string();
    for (char& c : extension)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    if (extension == ".html" || extension == ".htm" || extension == ".xhtml")
        return Format::Html;
    if (extension == ".md" || extension == ".markdown")
        return Format::Markdown;
    return Format::Text;
}

// HTML saved as .txt still gets treated as HTML when it plainly is: a doctype or <html>, or markup
// from the first character with paragraph tags soon after ("<이미지를 클릭…>" lines are not markup).
bool looksLikeHtml(std::string_view text)
{
    const std::string_view head = utf8::trim(text.substr(0, 2048));
    if (head.starts_with("<!DOCTYPE") || head.starts_with("<!doctype") || head.starts_with("<html") || head.starts_with("<HTML"))
        return true;
    if (head.size() < 2 || head[0] != '<' || !((head[1] >= 'a' && head[1] <= 'z') || (head[1] >= 'A' && head[1] <= 'Z')))
        return false;
    for (const std::string_view tag : {"<p>", "<p ", "<br", "<div", "</p>", "<P>", "<BR", "<DIV"})
        if (head.find(tag) != std::string_view::npos)
            return true;
    return false;
}

SentenceKind kindOf(LineRole role)
{
    switch (role) {
    case LineRole::Title:
    case LineRole::Headline: return SentenceKind::Headline;
    case LineRole::Byline: return SentenceKind::Byline;
    default: return SentenceKind::Body;
    }
}

// Spaces that HTML and word processors leave (no-break, zero-width, ideographic) would break name
// matching. Byte-level: all of them start with 0xC2, 0xE2, 0xE3 or 0xEF, rare in Hangul text.
std::string normaliseSpaces(std::string_view text)
{
    static constexpr ByteSet specials("\t\xC2\xE2\xE3\xEF");
    std::string out;
    out.reserve(text.size());
    const auto at = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t special = specials.findIn(text, i);
        out.append(text.substr(i, special - i));
        i = special;
        if (i >= text.size())
            break;
        const unsigned char c = at(i);
        if (c == '\t') {
            out += ' ';
            i += 1;
        } else if (c == 0xC2 && (at(i + 1) == 0xA0 || at(i + 1) == 0xAD)) {
            if (at(i + 1) == 0xA0)
                out += ' '; // no-break space; 0xAD is a soft hyphen and is dropped
            i += 2;
        } else if (c == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) <= 0x8B || at(i + 2) == 0xAF)) {
            if (at(i + 2) != 0x8B)
                out += ' '; // U+2000-U+200A and U+202F; U+200B (zero width) is dropped
            i += 3;
        } else if (c == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) {
            out += ' '; // ideographic space
            i += 3;
        } else if (c == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF) {
            i += 3; // a byte order mark inside the text
        } else {
            out += static_cast<char>(c);
            i += 1;
        }
    }
    return out;
}

std::string megabytes(std::uintmax_t bytes)
{
    return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB";
}

void buildBody(Article& article, const std::vector<ClassifiedLine>& lines)
{
    for (const ClassifiedLine& line : lines) {
        if (line.role == LineRole::Noise) {
            article.removedNoise.push_back(line.text);
            continue;
        }
        if (line.role == LineRole::Blank || line.text.empty())
            continue;
        if (!article.body.empty())
            article.body += '\n';
        const std::size_t offset = article.body.size();
        article.body += line.text;
        const SentenceKind kind = kindOf(line.role);
        std::vector<TextSpan> spans;
        if (kind != SentenceKind::Body)
            spans.push_back(TextSpan{0, line.text.size()});
        else
            spans = line.sentences.empty() ? SentenceSplitter::split(line.text) : line.sentences;
        for (const TextSpan& span : spans) {
            Sentence sentence;
            sentence.index = article.sentences.size();
            sentence.begin = offset + span.begin;
            sentence.end = offset + span.end;
            sentence.text = article.body.substr(sentence.begin, sentence.end - sentence.begin);
            sentence.kind = kind;
            article.sentences.push_back(std::move(sentence));
        }
    }
}

Error prefixed(const std::string& fileName, Error::Kind kind, const std::string& message)
{
    return Error{kind, fileName + ": " + message};
}

// The pipeline proper; readBytes wraps it so that no exception (allocation failure on a huge
// file, a library error) escapes the module boundary.
Result<Article> readArticle(std::string_view bytes, const std::string& fileName, const std::string& shownName)
{
    auto decoded = decodeText(bytes);
    if (!decoded) {
        const Error::Kind kind = decoded.error().kind == DecodeProblem::Kind::Empty ? Error::Kind::InvalidInput : Error::Kind::Encoding;
        return std::unexpected(prefixed(shownName, kind, decoded.error().message));
    }
    const std::string text = toNfc(normaliseSpaces(normaliseLineEnds(decoded->text)));
    if (utf8::trim(text).empty())
        return std::unexpected(prefixed(shownName, Error::Kind::InvalidInput, "contains no text (only spaces)"));

    Article article;
    article.fileName = std::filesystem::path(fileName).filename().string();
    article.detectedEncoding = decoded->encoding;
    article.contentHash = sha256Hex(text);

    PageHints hints;
    std::string converted; // the text of HTML and Markdown files; plain text is used as it is
    std::string_view plain = text;
    const Format format = formatOf(fileName);
    if (format == Format::Html || (format == Format::Text && looksLikeHtml(text))) {
        HtmlArticle page = htmlToText(text);
        // Page text goes through NFC again: entities can produce decomposed sequences.
        converted = toNfc(normaliseSpaces(page.text));
        plain = converted;
        hints = PageHints{toNfc(normaliseSpaces(page.title)), page.headline, page.publishedTime, page.siteName, page.url};
    } else if (format == Format::Markdown) {
        converted = markdownToText(text);
        plain = converted;
    }

    // A bound on memory: every line gets a record, so a file of millions of tiny lines is refused.
    if (const auto lineCount = static_cast<std::size_t>(std::count(plain.begin(), plain.end(), '\n')); lineCount > maxLines)
        return std::unexpected(prefixed(shownName, Error::Kind::InvalidInput,
                                        std::to_string(lineCount) + " lines; not read as an article (at most " + std::to_string(maxLines) + ")"));

    std::vector<ClassifiedLine> lines = classifyLines(plain);
    article.metadata = collectMetadata(lines, hints);
    dropPhotoCredits(lines, article.metadata.outlet);
    if (!hints.title.empty()) {
        // Pages keep the headline outside the body container; put it first so it is a sentence.
        const auto firstKept = std::find_if(lines.begin(), lines.end(), [](const ClassifiedLine& line) {
            return line.role != LineRole::Noise && line.role != LineRole::Blank;
        });
        if (firstKept == lines.end() || duplicateKey(firstKept->text) != duplicateKey(article.metadata.title)) {
            ClassifiedLine title;
            title.text = article.metadata.title;
            title.role = LineRole::Title;
            lines.insert(lines.begin(), std::move(title));
        }
    }
    dropDuplicateSentences(lines);
    buildBody(article, lines);
    if (article.body.empty())
        return std::unexpected(prefixed(shownName, Error::Kind::InvalidInput, "no article text left after removing page chrome"));
    return article;
}

} // namespace

Result<Article> ArticleReader::readBytes(std::string_view bytes, const std::string& fileName) const
{
    const std::string shownName = fileName.empty() ? std::string("(text)") : fileName;
    try {
        return readArticle(bytes, fileName, shownName);
    } catch (const std::bad_alloc&) {
        return std::unexpected(prefixed(shownName, Error::Kind::Internal, "not enough memory to read it"));
    } catch (const std::exception& exception) {
        return std::unexpected(prefixed(shownName, Error::Kind::Internal, std::string("could not be read: ") + exception.what()));
    }
}

Result<Article> ArticleReader::readFile(const std::filesystem::path& path) const
{
    const std::string shown = path.string();
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
        if (error && error != std::errc::no_such_file_or_directory)
            return std::unexpected(Error{Error::Kind::Io, shown + ": cannot be read (" + error.message() + ")"});
        return std::unexpected(Error{Error::Kind::NotFound, shown + ": no such file"});
    }
    if (std::filesystem::is_directory(status))
        return std::unexpected(Error{Error::Kind::InvalidInput, shown + ": is a folder, not an article file"});
    if (!std::filesystem::is_regular_file(status))
        return std::unexpected(Error{Error::Kind::InvalidInput, shown + ": is not a regular file"});
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return std::unexpected(Error{Error::Kind::Io, shown + ": cannot be read (" + error.message() + ")"});
    if (size > maxFileBytes)
        return std::unexpected(Error{Error::Kind::InvalidInput, shown + " is " + megabytes(size) + "; articles larger than "
                                                                     + megabytes(maxFileBytes) + " are not read"});

    // Plain open/read: an ifstream allocated and filled its own buffer for every article, a
    // measurable share of reading thousands of small files.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        return std::unexpected(Error{Error::Kind::Io, shown + ": cannot be read (" + std::string(code ? std::strerror(code) : "open failed") + ")"});
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::size_t got = 0;
    int readError = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            readError = errno;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (readError != 0)
        return std::unexpected(Error{Error::Kind::Io, shown + ": cannot be read (" + std::string(std::strerror(readError)) + ")"});
    if (got != size)
        return std::unexpected(Error{Error::Kind::Io, shown + ": cannot be read (the file changed or ended early)"});

    auto article = readBytes(bytes, shown);
    if (!article)
        return article;
    article->sourcePath = shown;
    article->fileName = path.filename().string();
    return article;
}

} // namespace newsgraph::core
