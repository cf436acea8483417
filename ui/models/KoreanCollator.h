// Sorts names the way a Korean reader expects (ICU collation for "ko"; ICU stays inside the .cpp).
#pragma once

#include <QString>

#include <memory>

namespace newsgraph::ui {

class KoreanCollator
{
public:
    KoreanCollator();
    ~KoreanCollator();
    KoreanCollator(const KoreanCollator&) = delete;
    KoreanCollator& operator=(const KoreanCollator&) = delete;

    // <0, 0, >0 like strcmp; falls back to code-point order if ICU could not open the collator.
    int compare(const QString& a, const QString& b) const;
    bool operator()(const QString& a, const QString& b) const { return compare(a, b) < 0; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace newsgraph::ui
