// Reads and extracts articles ahead of the store, on a few worker threads, handed out in file order.
#pragma once

#include "model/Article.h"
#include "model/Error.h"
#include "model/Extraction.h"

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace newsgraph::core {

class Extractor;

// One file after reading and extraction: either an article with its extraction, or the reason it failed.
struct PreparedArticle {
    std::filesystem::path path;
    Result<Article> article = fail(Error::Kind::Internal, "not prepared");
    Extraction extraction;
    std::size_t bytes = 0;
    double readSeconds = 0, extractSeconds = 0; // CPU seconds of the preparing thread
};

// Prepares one file on the calling thread; never throws (exceptions become failures).
PreparedArticle prepareArticle(const std::filesystem::path& path, const Extractor& extractor);

class ArticlePreparation
{
public:
    // workers == 0: take() prepares on the calling thread. Otherwise workers run ahead of take()
    // by at most a small window, which bounds memory on big corpora.
    ArticlePreparation(const std::vector<std::filesystem::path>& files, const Extractor& extractor,
                       std::size_t workers);
    ~ArticlePreparation(); // stops the workers after their current file and joins them
    ArticlePreparation(const ArticlePreparation&) = delete;
    ArticlePreparation& operator=(const ArticlePreparation&) = delete;

    // Blocks until file `index` is prepared. Indices must be taken in increasing order.
    PreparedArticle take(std::size_t index);

private:
    void work();

    const std::vector<std::filesystem::path>& files_;
    const Extractor& extractor_;
    const std::size_t window_;
    std::mutex mutex_;
    std::condition_variable readyChanged_;
    std::map<std::size_t, PreparedArticle> ready_;
    std::size_t nextToClaim_ = 0;
    std::size_t taken_ = 0; // files handed out by take()
    bool stopping_ = false;
    std::vector<std::jthread> threads_;
};

} // namespace newsgraph::core
