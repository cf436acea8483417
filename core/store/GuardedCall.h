// Runs a store operation and turns what it throws into a Result whose message names the database file.
#pragma once

#include "model/Error.h"
#include "store/Database.h"

#include <filesystem>
#include <new>
#include <stdexcept>
#include <type_traits>

namespace newsgraph::core::store {

// SQLite and the statement wrappers report by throwing SqlError; the store's public API returns
// Results, so every entry point runs its body through this.
template <typename F>
auto guarded(const std::filesystem::path& path, F&& body) -> Result<decltype(body())>
{
    try {
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            return {};
        } else {
            return body();
        }
    } catch (const SqlError& e) {
        return fail(e.kind(), path.string() + ": " + e.what());
    } catch (const std::bad_alloc&) {
        return fail(Error::Kind::Internal, path.string() + ": out of memory");
    } catch (const std::exception& e) {
        return fail(Error::Kind::Internal, path.string() + ": " + e.what());
    }
}

} // namespace newsgraph::core::store
