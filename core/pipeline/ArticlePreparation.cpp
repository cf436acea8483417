// The store is single-writer (SQLite), so only reading and extraction run in parallel; handing
// results out in file order keeps the database identical whatever the thread timing.
#include "pipeline/ArticlePreparation.h"

#include "extract/Extractor.h"
#include "extract/english/EnglishPublicationDate.h"
#include "pipeline/ThreadCpuTime.h"
#include "text/ArticleReader.h"

#include <exception>
#include <system_error>

namespace newsgraph::core {
namespace {

double cpuSecondsSince(double start)
{
    return threadCpuSeconds() - start;
}

} // namespace

PreparedArticle prepareArticle(const std::filesystem::path& path, const Extractor& extractor)
{
    PreparedArticle prepared;
    prepared.path = path;
    try {
        const double readStart = threadCpuSeconds();
        std::error_code sizeError;
        const auto size = std::filesystem::file_size(path, sizeError);
        prepared.article = ArticleReader().readFile(path);
        prepared.readSeconds = cpuSecondsSince(readStart);
        if (!prepared.article)
            return prepared;
        prepared.bytes = sizeError ? prepared.article->body.size() : static_cast<std::size_t>(size);
        const double extractStart = threadCpuSeconds();
        // The reader knows Korean date lines; an English header date ("June 11, 2024") needs the
        // English date grammar, which lives with extraction.
        if (prepared.article->metadata.publishedDate.empty())
            prepared.article->metadata.publishedDate = englishPublicationDate(*prepared.article);
        prepared.extraction = extractor.extract(*prepared.article);
        prepared.extractSeconds = cpuSecondsSince(extractStart);
    } catch (const std::exception& e) {
        prepared.article = fail(Error::Kind::Internal, path.string() + ": processing failed (" + e.what() + ")");
    } catch (...) {
        prepared.article = fail(Error::Kind::Internal, path.string() + ": processing failed (unknown error)");
    }
    return prepared;
}

ArticlePreparation::ArticlePreparation(const std::vector<std::filesystem::path>& files, const Extractor& extractor,
                                       std::size_t workers)
    : files_(files), extractor_(extractor), window_(workers * 4)
{
    for (std::size_t i = 0; i < workers; ++i)
        threads_.emplace_back([this] { work(); });
}

ArticlePreparation::~ArticlePreparation()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    readyChanged_.notify_all();
    threads_.clear(); // jthread joins
}

void ArticlePreparation::work()
{
    while (true) {
        std::size_t index = 0;
        {
            std::unique_lock lock(mutex_);
            readyChanged_.wait(lock, [&] {
                return stopping_ || nextToClaim_ >= files_.size() || nextToClaim_ < taken_ + window_;
            });
            if (stopping_ || nextToClaim_ >= files_.size())
                return;
            index = nextToClaim_++;
        }
        PreparedArticle prepared = prepareArticle(files_[index], extractor_);
        {
            std::lock_guard lock(mutex_);
            ready_.emplace(index, std::move(prepared));
        }
        readyChanged_.notify_all();
    }
}

PreparedArticle ArticlePreparation::take(std::size_t index)
{
    if (threads_.empty())
        return prepareArticle(files_[index], extractor_);
    std::unique_lock lock(mutex_);
    readyChanged_.wait(lock, [&] { return ready_.contains(index); });
    PreparedArticle prepared = std::move(ready_.at(index));
    ready_.erase(index);
    taken_ = index + 1;
    lock.unlock();
    readyChanged_.notify_all();
    return prepared;
}

} // namespace newsgraph::core
