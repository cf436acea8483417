// Name parts and vocabulary for the synthetic benchmark corpus (all invented; no real-world list).
#pragma once

#include <span>
#include <string_view>

namespace newsgraph::cli::synthetic {

struct Outlet {
    std::string_view name, domain;
};

std::span<const std::string_view> companyPrefixes();
std::span<const std::string_view> companySuffixes();
std::span<const std::string_view> investorSuffixes();
std::span<const std::string_view> surnames();
std::span<const std::string_view> givenNames();
std::span<const std::string_view> reporterIds(); // romanised e-mail local parts
std::span<const std::string_view> places();
std::span<const std::string_view> countries();
std::span<const std::string_view> governmentBodies();
std::span<const std::string_view> universities();
std::span<const std::string_view> productSuffixes();
std::span<const std::string_view> fields();
std::span<const std::string_view> roles();
std::span<const std::string_view> quotes();
std::span<const std::string_view> fillerSentences();
std::span<const Outlet> outlets();

} // namespace newsgraph::cli::synthetic
