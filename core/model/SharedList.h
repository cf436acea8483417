// A vector that copies share until one of them is changed (copy on write), for large read-mostly data.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace newsgraph::core {

// A filtered view of the graph copies every relation it keeps; with the evidence shared, a copy of
// 60,000 relations costs a pointer each instead of every sentence, amount and date again.
// Reading through a const object never copies. Writing through a non-const one (push_back, a
// non-const begin(), edit()) first takes a private copy if the items are shared.
template <typename T>
class SharedList
{
public:
    using value_type = T;
    using size_type = std::size_t;
    using iterator = typename std::vector<T>::iterator;
    using const_iterator = typename std::vector<T>::const_iterator;

    SharedList() = default;
    SharedList(std::vector<T> items) : items_(std::make_shared<std::vector<T>>(std::move(items))) {}
    SharedList(std::initializer_list<T> items) : items_(std::make_shared<std::vector<T>>(items)) {}

    const std::vector<T>& items() const { return items_ ? *items_ : empty_; }
    operator const std::vector<T>&() const { return items(); }

    const_iterator begin() const { return items().begin(); }
    const_iterator end() const { return items().end(); }
    const_iterator cbegin() const { return items().begin(); }
    const_iterator cend() const { return items().end(); }
    size_type size() const { return items().size(); }
    bool empty() const { return items().empty(); }
    const T& operator[](size_type i) const { return items()[i]; }
    const T& front() const { return items().front(); }
    const T& back() const { return items().back(); }

    // The items, made private to this list first.
    std::vector<T>& edit()
    {
        if (!items_)
            items_ = std::make_shared<std::vector<T>>();
        else if (items_.use_count() > 1)
            items_ = std::make_shared<std::vector<T>>(*items_);
        return *items_;
    }
    iterator begin() { return edit().begin(); }
    iterator end() { return edit().end(); }
    T& operator[](size_type i) { return edit()[i]; }
    T& front() { return edit().front(); }
    T& back() { return edit().back(); }
    void push_back(const T& item) { edit().push_back(item); }
    void push_back(T&& item) { edit().push_back(std::move(item)); }
    template <typename... Args>
    T& emplace_back(Args&&... args)
    {
        return edit().emplace_back(std::forward<Args>(args)...);
    }
    void reserve(size_type n) { edit().reserve(n); }
    template <typename InputIt>
    void assign(InputIt first, InputIt last)
    {
        items_ = std::make_shared<std::vector<T>>(first, last);
    }
    void clear() { items_.reset(); }
    template <typename InputIt>
    iterator insert(const_iterator pos, InputIt first, InputIt last)
    {
        const auto offset = pos - cbegin(); // before edit(): the iterator may point into shared items
        auto& items = edit();
        return items.insert(items.begin() + offset, first, last);
    }
    iterator erase(const_iterator at) { return erase(at, at + 1); }
    iterator erase(const_iterator first, const_iterator last)
    {
        const auto from = first - cbegin(), to = last - cbegin();
        auto& items = edit();
        return items.erase(items.begin() + from, items.begin() + to);
    }

    friend bool operator==(const SharedList& a, const SharedList& b) { return a.items() == b.items(); }

private:
    std::shared_ptr<std::vector<T>> items_;
    static inline const std::vector<T> empty_{};
};

} // namespace newsgraph::core
