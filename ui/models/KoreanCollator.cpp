// Korean collation through ICU directly (QCollator may be built without ICU).
#include "KoreanCollator.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace newsgraph::ui {

struct KoreanCollator::Impl {
    std::unique_ptr<icu::Collator> collator;
};

KoreanCollator::KoreanCollator() : impl_(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    impl_->collator.reset(icu::Collator::createInstance(icu::Locale("ko"), status));
    if (U_FAILURE(status))
        impl_->collator.reset();
}

KoreanCollator::~KoreanCollator() = default;

int KoreanCollator::compare(const QString& a, const QString& b) const
{
    if (!impl_->collator)
        return a.compare(b);
    // QString and icu::UnicodeString are both UTF-16: no conversion, just a read-only alias.
    const icu::UnicodeString left(false, reinterpret_cast<const char16_t*>(a.utf16()), static_cast<int32_t>(a.size()));
    const icu::UnicodeString right(false, reinterpret_cast<const char16_t*>(b.utf16()), static_cast<int32_t>(b.size()));
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = impl_->collator->compare(left, right, status);
    if (U_FAILURE(status))
        return a.compare(b);
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

} // namespace newsgraph::ui
