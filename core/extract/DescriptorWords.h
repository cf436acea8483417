// Nouns that say what kind of thing a neighbouring name is ("모델 ‘익시젠’", "‘북미 테크 콘퍼런스’", "‘리프마인드’ 사무실").
#pragma once

#include <string_view>

namespace newsgraph::core {

bool isProductDescriptor(std::string_view word);   // 모델, 서비스, 앱, 칩, 음성비서, 소프트웨어 ...
bool isInvestorDescriptor(std::string_view word);  // 투자사, 벤처캐피털, VC, 운용사
bool isEventWord(std::string_view word);           // 행사, 포럼, 콘퍼런스, 박람회 ... (also as an ending)
bool isReportWord(std::string_view word);          // 보고서, 백서, 리포트, 실태조사 (as an ending)
bool isCompanySiteWord(std::string_view word);     // 사무실, 본사, 사옥: "‘X’ 사무실" names a company

} // namespace newsgraph::core
