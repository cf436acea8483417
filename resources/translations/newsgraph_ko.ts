<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/window/AboutDialog.cpp" line="+13" />
        <source>&lt;h3&gt;NewsGraph %1&lt;/h3&gt;&lt;p&gt;A knowledge-graph explorer for news: organisations, people, governments, investors, places and products named in articles, and the relations between them, each with its evidence sentence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Named-entity model trained on KLUE (Korean Language Understanding Evaluation) NER data, CC BY-SA 4.0, and on konec, CC BY-SA 4.0.&lt;/li&gt;&lt;li&gt;Noto Sans CJK font, SIL Open Font License 1.1.&lt;/li&gt;&lt;li&gt;Qt 6 (LGPL v3), ICU (Unicode licence), SQLite (public domain), Boost.Graph (Boost licence).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;NewsGraph %1&lt;/h3&gt;&lt;p&gt;뉴스 지식 그래프 탐색기: 기사에 나오는 기관, 인물, 정부, 투자사, 지역, 제품과 그 사이의 관계를 근거 문장과 함께 보여 줍니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;출처 및 라이선스&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;개체명 모델: KLUE(Korean Language Understanding Evaluation) NER 데이터(CC BY-SA 4.0)와 konec(CC BY-SA 4.0)으로 학습.&lt;/li&gt;&lt;li&gt;Noto Sans CJK 글꼴, SIL Open Font License 1.1.&lt;/li&gt;&lt;li&gt;Qt 6 (LGPL v3), ICU (Unicode 라이선스), SQLite (퍼블릭 도메인), Boost.Graph (Boost 라이선스).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+12" />
        <source>About NewsGraph</source>
        <translation>NewsGraph 정보</translation>
    </message>
</context>
<context>
    <name>ViewCapture</name>
    <message>
        <location filename="../../ui/views/ViewCapture.cpp" line="+105" />
        <source>Restore view %1</source>
        <translation>보기 복원: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+16" />
        <source>Knowledge-graph explorer for news articles.</source>
        <translation>뉴스 기사 지식 그래프 탐색기.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Database to open (default: the last one).</source>
        <translation>열 데이터베이스 (기본값: 마지막으로 연 데이터베이스).</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui</name>
    <message>
        <location filename="../../ui/compare/DatabaseSnapshot.cpp" line="+41" />
        <source>%1: no such database</source>
        <translation>%1: 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: already exists</source>
        <translation>%1: 이미 있습니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: cannot copy to %2: %3</source>
        <translation>%1: %2(으)로 복사할 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: cannot copy its write-ahead log</source>
        <translation>%1: WAL 로그를 복사할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/paths/EvidenceChain.cpp" line="+100" />
        <source>   (no evidence sentence: added by hand)</source>
        <translation>   (근거 문장 없음: 직접 추가함)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(no evidence sentence: added by hand)</source>
        <translation>(근거 문장 없음: 직접 추가함)</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::AddEntityDialog</name>
    <message>
        <location filename="../../ui/curation/AddEntityDialog.cpp" line="+17" />
        <source>Add Entity</source>
        <translation>개체 추가</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Source or reason (optional)</source>
        <translation>출처 또는 이유 (선택)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::AddRelationDialog</name>
    <message>
        <location filename="../../ui/curation/AddRelationDialog.cpp" line="+18" />
        <source>Add Relation</source>
        <translation>관계 추가</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Source or reason (optional)</source>
        <translation>출처 또는 이유 (선택)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;From:</source>
        <translation>출발(&amp;F):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Relation:</source>
        <translation>관계(&amp;R):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation>도착(&amp;T):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::AnalysisPanel</name>
    <message>
        <location filename="../../ui/analysis/AnalysisPanel.cpp" line="+32" />
        <source>Colour by &amp;community</source>
        <translation>커뮤니티별 색상(&amp;C)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Fill nodes by their community (Louvain) instead of their type</source>
        <translation>노드를 유형 대신 커뮤니티(Louvain)별 색으로 칠합니다</translation>
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>%n connected component(s)</source>
        <translation><numerusform>연결 요소 %n개</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%1. %n entities: %2</source>
        <translation><numerusform>%1. 개체 %n개: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ArticleListModel</name>
    <message>
        <location filename="../../ui/models/ArticleListModel.cpp" line="+151" />
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entities</source>
        <translation>개체</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ArticleViewer</name>
    <message>
        <location filename="../../ui/panels/ArticleViewer.cpp" line="+21" />
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Could not load the article: %1</source>
        <translation>기사를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Article — %1</source>
        <translation>기사 — %1</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::CentralityModel</name>
    <message>
        <location filename="../../ui/analysis/CentralityModel.cpp" line="+64" />
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Degree</source>
        <translation>연결 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Betweenness</source>
        <translation>매개 중심성</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PageRank</source>
        <translation>페이지랭크</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Community</source>
        <translation>커뮤니티</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Component</source>
        <translation>연결 요소</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::CheckableCountModel</name>
    <message>
        <location filename="../../ui/models/CheckableCountModel.cpp" line="+132" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Count</source>
        <translation>개수</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ComparePanel</name>
    <message>
        <location filename="../../ui/compare/ComparePanel.cpp" line="+50" />
        <source>Highlight new items on the canvas</source>
        <translation>캔버스에서 새 항목 강조</translation>
    </message>
    <message>
        <location line="+4" />
        <source>File → Compare with Database… lists what changed since a snapshot or in another database.</source>
        <translation>파일 → 데이터베이스와 비교…에서 스냅숏 이후 또는 다른 데이터베이스와 달라진 점을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation>상세</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 is the open database</source>
        <translation>%1은(는) 현재 열린 데이터베이스입니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No differences from %1.</source>
        <translation>%1과(와) 다른 점이 없습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes since %1:</source>
        <translation>%1 이후 변경 사항:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New entities</source>
        <translation>새 개체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removed entities</source>
        <translation>사라진 개체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New relations</source>
        <translation>새 관계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Removed relations</source>
        <translation>사라진 관계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed amounts</source>
        <translation>바뀐 금액</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New corroborating outlets</source>
        <translation>새로 확인해 준 언론사</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationActions</name>
    <message>
        <location filename="../../ui/curation/CurationActions.cpp" line="+83" />
        <source>Rename %1 to %2</source>
        <translation>%1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Make %1 a %2</source>
        <translation>%1의 유형을 %2(으)로 변경</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Merge %1 into %2</source>
        <translation>%1을(를) %2에 병합</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Split %1 off %2</source>
        <translation>%2에서 %1 분리</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add %1 %2 %3</source>
        <translation>관계 추가: %1 %2 %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reject %1 %2 %3</source>
        <translation>관계 기각: %1 %2 %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Verify %1 %2 %3</source>
        <translation>관계 확인: %1 %2 %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dispute %1 %2 %3</source>
        <translation>관계 이의: %1 %2 %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review %1 %2 %3</source>
        <translation>관계 검토: %1 %2 %3</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Restore relation</source>
        <translation>관계 복원</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationLogModel</name>
    <message>
        <location filename="../../ui/curation/CurationLogModel.cpp" line="+47" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change type</source>
        <translation>유형 변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split alias</source>
        <translation>별칭 분리</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject relation</source>
        <translation>관계 기각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore relation</source>
        <translation>관계 복원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add entity</source>
        <translation>개체 추가</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add relation</source>
        <translation>관계 추가</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove entity</source>
        <translation>개체 삭제</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 → “%2”</source>
        <translation>%1 → “%2”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 from %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationLogPanel</name>
    <message>
        <location filename="../../ui/curation/CurationLogPanel.cpp" line="+17" />
        <source>Restore Relation</source>
        <translation>관계 복원</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Show a rejected relation again (back to unreviewed)</source>
        <translation>기각한 관계를 다시 표시합니다 (미검토 상태로)</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationMenu</name>
    <message>
        <location filename="../../ui/curation/CurationMenu.cpp" line="+20" />
        <source>&amp;Curate</source>
        <translation>큐레이션(&amp;C)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Rename Entity…</source>
        <translation>개체 이름 변경(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change &amp;Type…</source>
        <translation>유형 변경(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge Selected Entities</source>
        <translation>선택한 개체 병합(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Split Alias Off…</source>
        <translation>별칭 분리(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;move Entity</source>
        <translation>개체 삭제(&amp;M)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;ject Relation</source>
        <translation>관계 기각(&amp;J)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark Relation &amp;Verified</source>
        <translation>관계 확인됨으로 표시(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark Relation &amp;Disputed</source>
        <translation>관계 이의 있음으로 표시(&amp;D)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;Entity…</source>
        <translation>개체 추가(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Re&amp;lation…</source>
        <translation>관계 추가(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Merge S&amp;uggestions…</source>
        <translation>병합 제안(&amp;U)…</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Rename Entity</source>
        <translation>개체 이름 변경</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Change Type</source>
        <translation>유형 변경</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type of %1:</source>
        <translation>%1의 유형:</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Split Alias Off</source>
        <translation>별칭 분리</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alias of %1 that names another entity:</source>
        <translation>다른 개체를 가리키는 %1의 별칭:</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::DatabaseSession</name>
    <message>
        <location filename="../../ui/window/DatabaseSession.cpp" line="+24" />
        <source>NewsGraph databases (*.db *.sqlite);;All files (*)</source>
        <translation>NewsGraph 데이터베이스 (*.db *.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;New Database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read articles (.txt, .md, .html) into the open database</source>
        <translation>기사(.txt, .md, .html)를 열린 데이터베이스로 읽어 들입니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read every article in a folder and its subfolders</source>
        <translation>폴더와 하위 폴더의 모든 기사를 읽어 들입니다</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The sample corpus was not found; use File → Import to add articles.</source>
        <translation>예제 기사를 찾지 못했습니다. 파일 → 가져오기로 기사를 추가하세요.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>First start: importing the sample articles…</source>
        <translation>첫 실행: 예제 기사를 가져오는 중…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Wait for the import to finish (or cancel it) before switching databases.</source>
        <translation>데이터베이스를 바꾸기 전에 가져오기가 끝나기를 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot open database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No database</source>
        <translation>데이터베이스 없음</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a database before importing articles.</source>
        <translation>기사를 가져오기 전에 데이터베이스를 열거나 만드세요.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An import is already running.</source>
        <translation>이미 가져오는 중입니다.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot read the database</source>
        <translation>데이터베이스를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New Database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot create database</source>
        <translation>데이터베이스를 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 cannot be replaced.</source>
        <translation>%1을(를) 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import Articles</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>기사 (*.txt *.md *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::EntityInspector</name>
    <message>
        <location filename="../../ui/panels/EntityInspector.cpp" line="+77" />
        <source>Type: %1</source>
        <translation>유형: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also written: %1</source>
        <translation>다른 표기: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n mention(s)</source>
        <translation><numerusform>언급 %n회</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n article(s)</source>
        <translation><numerusform>기사 %n건</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Measures: computing…</source>
        <translation>지표: 계산 중…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Degree %1 · Betweenness %2 · PageRank %3 · Community %4</source>
        <translation>연결 수 %1 · 매개 중심성 %2 · 페이지랭크 %3 · 커뮤니티 %4</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::EvidenceModel</name>
    <message>
        <location filename="../../ui/models/EvidenceModel.cpp" line="+21" />
        <source>past</source>
        <translation>과거</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 (event %2)</source>
        <translation>%1 (사건 %2)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>%1

Double-click to open the article</source>
        <translation>%1

두 번 클릭하면 기사를 엽니다</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Sentence</source>
        <translation>문장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reporter</source>
        <translation>기자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>States</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/render/ExportDialog.cpp" line="+32" />
        <source>Current view</source>
        <translation>현재 보기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole graph</source>
        <translation>전체 그래프</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print size</source>
        <translation>인쇄 크기</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Transparent background (PNG, SVG)</source>
        <translation>투명 배경 (PNG, SVG)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List source articles (%1)</source>
        <translation>출처 기사 목록 (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+116" />
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <location line="-115" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+35" />
        <source>No title</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy to clipboard</source>
        <translation>클립보드로 복사</translation>
    </message>
    <message>
        <location line="+61" />
        <source>%1 × %2 px</source>
        <translation>%1 × %2 픽셀</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::FilterPanel</name>
    <message>
        <location filename="../../ui/panels/FilterPanel.cpp" line="+24" />
        <source>Filter entity types</source>
        <translation>개체 유형 필터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter relation types</source>
        <translation>관계 유형 필터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter articles</source>
        <translation>기사 필터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter outlets</source>
        <translation>언론사 필터</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change date range</source>
        <translation>날짜 범위 변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change minimum amount</source>
        <translation>최소 금액 변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change minimum mentions</source>
        <translation>최소 언급 수 변경</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change minimum relations</source>
        <translation>최소 관계 수 변경</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change filter</source>
        <translation>필터 변경</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Types</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thresholds</source>
        <translation>기준값</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Clear every filter</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Filtering…</source>
        <translation>필터 적용 중…</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::FlowDiagram</name>
    <message>
        <location filename="../../ui/money/FlowDiagram.cpp" line="+79" />
        <source>Select entities with stated amounts to see where the money goes.</source>
        <translation>금액이 나온 개체를 선택하면 돈의 흐름을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::GraphCountsLabel</name>
    <message>
        <location filename="../../ui/window/GraphCountsLabel.cpp" line="+20" />
        <source>%1 of %2 entities, %3 of %4 relations</source>
        <translation>개체 %2개 중 %1개, 관계 %4개 중 %3개</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::GraphDocument</name>
    <message>
        <location filename="../../ui/document/GraphDocument.cpp" line="+146" />
        <source>Change filter</source>
        <translation>필터 변경</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::GraphToolBar</name>
    <message>
        <location filename="../../ui/window/GraphToolBar.cpp" line="+19" />
        <source>Force-directed</source>
        <translation>힘 기반</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Circular</source>
        <translation>원형</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grouped by type</source>
        <translation>유형별 묶음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Radial around selection</source>
        <translation>선택 중심 방사형</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Size: mentions</source>
        <translation>크기: 언급</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size: degree</source>
        <translation>크기: 연결 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size: betweenness</source>
        <translation>크기: 매개 중심성</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size: PageRank</source>
        <translation>크기: 페이지랭크</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit to View</source>
        <translation>화면에 맞추기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Image…</source>
        <translation>이미지 내보내기…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Stop Layout</source>
        <translation>배치 중지</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Run Layout</source>
        <translation>배치 실행</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the running layout</source>
        <translation>실행 중인 배치를 멈춥니다</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lay the graph out with the chosen method</source>
        <translation>선택한 방법으로 그래프를 배치합니다</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ImportProgressBar</name>
    <message>
        <location filename="../../ui/import/ImportProgressBar.cpp" line="+23" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop importing after the current article</source>
        <translation>현재 기사 다음에 가져오기를 멈춥니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preparing import…</source>
        <translation>가져오기 준비 중…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Importing %1 (%2 of %3)</source>
        <translation>%1 가져오는 중 (%3개 중 %2번째)</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ImportReportDialog</name>
    <message>
        <location filename="../../ui/import/ImportReportDialog.cpp" line="+16" />
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <location line="+10" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Import failed: %1</source>
        <translation>가져오기 실패: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Imported %n new article(s)</source>
        <translation><numerusform>새 기사 %n건을 가져왔습니다</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n updated</source>
        <translation><numerusform>%n건 갱신</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n unchanged</source>
        <translation><numerusform>%n건 변경 없음</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation><numerusform>%n건 실패</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>; cancelled before the end</source>
        <translation>; 끝나기 전에 취소됨</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::InspectorPanel</name>
    <message>
        <location filename="../../ui/panels/InspectorPanel.cpp" line="+41" />
        <source>Select an entity or a relation to see its details and evidence.</source>
        <translation>개체나 관계를 선택하면 상세 정보와 근거를 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n entities selected.</source>
        <translation><numerusform>개체 %n개 선택됨.</numerusform></translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::InvestigationWorkbench</name>
    <message>
        <location filename="../../ui/paths/InvestigationWorkbench.cpp" line="+44" />
        <source>Paths</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Money Flows</source>
        <translation>자금 흐름</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Investigate</source>
        <translation>조사</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Path…</source>
        <translation>경로…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How is A connected to B? (uses the two selected entities when there are two)</source>
        <translation>A와 B는 어떻게 연결되어 있을까? (두 개체를 선택했으면 그 둘을 씁니다)</translation>
    </message>
    <message>
        <location line="+8" />
        <source> hops</source>
        <translation> 단계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How far “Show hops” and focus mode reach</source>
        <translation>“단계 표시”와 초점 모드가 미치는 거리</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show Hops</source>
        <translation>단계 표시</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select an entity first.</source>
        <translation>먼저 개체를 선택하세요.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show only what lies within k hops of the selected entity; double-click a node to expand or collapse its neighbours</source>
        <translation>선택한 개체에서 k단계 안에 있는 것만 표시합니다. 노드를 두 번 클릭하면 이웃을 펼치거나 접습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show All</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Focus</source>
        <translation>초점</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fade everything beyond k hops of the selection</source>
        <translation>선택에서 k단계 밖은 흐리게 표시합니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Follow the Money</source>
        <translation>돈의 흐름 따라가기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep only investments, funding and acquisitions; edge width by amount in USD</source>
        <translation>투자, 자금 지원, 인수만 남깁니다. 선 굵기는 미국 달러 환산 금액</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Compare with Database…</source>
        <translation>데이터베이스와 비교…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save Snapshot</source>
        <translation>스냅숏 저장</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the database beside itself with today's date, to compare against later</source>
        <translation>나중에 비교할 수 있도록 데이터베이스를 오늘 날짜로 옆에 복사합니다</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;Investigate</source>
        <translation>조사(&amp;I)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Wait for the import to finish before saving a snapshot.</source>
        <translation>스냅숏을 저장하기 전에 가져오기가 끝나기를 기다리세요.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Snapshot saved as %1</source>
        <translation>스냅숏을 %1(으)로 저장했습니다</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Compare with Database</source>
        <translation>데이터베이스와 비교</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NewsGraph databases (*.db *.sqlite);;All files (*)</source>
        <translation>NewsGraph 데이터베이스 (*.db *.sqlite);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/language/LanguageMenu.cpp" line="+12" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Language changed: restart NewsGraph to apply it everywhere.</source>
        <translation>언어를 바꿨습니다. 모든 곳에 적용하려면 NewsGraph를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+91" />
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Find Entity…</source>
        <translation>개체 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About NewsGraph</source>
        <translation>NewsGraph 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>NewsGraph</source>
        <translation>NewsGraph</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 — NewsGraph</source>
        <translation>%1 — NewsGraph</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::MergeSuggestionsDialog</name>
    <message>
        <location filename="../../ui/curation/MergeSuggestionsDialog.cpp" line="+18" />
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Merge Suggestions</source>
        <translation>병합 제안</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Merge into it</source>
        <translation>병합할 개체</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Entities that may be the same. Merging is undoable (Edit ▸ Undo).</source>
        <translation>같은 대상일 수 있는 개체입니다. 병합은 되돌릴 수 있습니다 (편집 ▸ 실행 취소).</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::MoneyFlowModel</name>
    <message>
        <location filename="../../ui/money/MoneyFlowModel.cpp" line="+72" />
        <source>The article converts it to %1 %2</source>
        <translation>기사에서 %1 %2(으)로 환산함</translation>
    </message>
    <message>
        <location line="+22" />
        <source>From</source>
        <translation>출발</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>도착</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount (as written)</source>
        <translation>금액 (기사 표기)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>USD</source>
        <translation>미국 달러</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::MoneyPanel</name>
    <message>
        <location filename="../../ui/money/MoneyPanel.cpp" line="+25" />
        <source>Only flows of the selected entities</source>
        <translation>선택한 개체의 흐름만</translation>
    </message>
    <message numerus="yes">
        <location line="+66" />
        <source>%n flow(s) in the graph. Select an entity for its totals.</source>
        <translation><numerusform>그래프에 흐름 %n건. 개체를 선택하면 합계를 볼 수 있습니다.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: in %2 (%3 flows), out %4 (%5 flows)</source>
        <translation>%1: 유입 %2 (%3건), 유출 %4 (%5건)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No money flows for the selection.</source>
        <translation>선택한 개체의 자금 흐름이 없습니다.</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::NeighbourhoodNavigator</name>
    <message>
        <location filename="../../ui/paths/NeighbourhoodNavigator.cpp" line="+33" />
        <source>Select an entity the filter shows first.</source>
        <translation>먼저 필터에 보이는 개체를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::PathPanel</name>
    <message>
        <location filename="../../ui/paths/PathPanel.cpp" line="+53" />
        <source>Money relations only</source>
        <translation>자금 관계만</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exclude “mentioned with”</source>
        <translation>“동시 언급” 제외</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find paths</source>
        <translation>경로 찾기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy chain</source>
        <translation>근거 사슬 복사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save chain…</source>
        <translation>근거 사슬 저장…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export image + chain…</source>
        <translation>이미지와 근거 사슬 내보내기…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From entity (e.g. 코슬라벤처스)</source>
        <translation>출발 개체 (예: 코슬라벤처스)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To entity (e.g. 일본 정부)</source>
        <translation>도착 개체 (예: 일본 정부)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Co-occurrence in one sentence is a weak tie; leave it out to see stated relations</source>
        <translation>한 문장에 함께 나온 것은 약한 연결입니다. 빼면 기사가 밝힌 관계만 봅니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>From</source>
        <translation>출발</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>도착</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At most</source>
        <translation>최대</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Evidence chain</source>
        <translation>근거 사슬</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Pick two entities.</source>
        <translation>개체 두 개를 고르세요.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No connection between them with these options.</source>
        <translation>이 설정으로는 둘 사이에 연결이 없습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One of them is hidden by the current filter.</source>
        <translation>둘 중 하나가 현재 필터에 가려져 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n shortest path(s), %1 hop(s) each</source>
        <translation><numerusform>최단 경로 %n개, 각 %1단계</numerusform></translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+6" />
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No path selected</source>
        <translation>선택한 경로 없음</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Save evidence chain</source>
        <translation>근거 사슬 저장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>마크다운 (*.md);;텍스트 (*.txt)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export image with evidence chain</source>
        <translation>근거 사슬과 함께 이미지 내보내기</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved %1 and its chain</source>
        <translation>%1과(와) 근거 사슬을 저장했습니다</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::RecentDatabasesMenu</name>
    <message>
        <location filename="../../ui/window/RecentDatabasesMenu.cpp" line="+11" />
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No recent databases</source>
        <translation>최근 데이터베이스 없음</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::RelationInspector</name>
    <message>
        <location filename="../../ui/panels/RelationInspector.cpp" line="+24" />
        <source>verified</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disputed</source>
        <translation>이의 있음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>기각됨</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not reviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open article</source>
        <translation>기사 열기</translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>%n sentence(s)</source>
        <translation><numerusform>문장 %n개</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n article(s)</source>
        <translation><numerusform>기사 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n independent outlet(s)</source>
        <translation><numerusform>독립 언론사 %n곳</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>The articles state different amounts: %1</source>
        <translation>기사마다 금액이 다릅니다: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The articles state different dates: %1</source>
        <translation>기사마다 날짜가 다릅니다: %1</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::RelationTreeModel</name>
    <message>
        <location filename="../../ui/models/RelationTreeModel.cpp" line="+37" />
        <source>(entity %1)</source>
        <translation>(개체 %1)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The evidence for this relation disagrees (amounts or dates)</source>
        <translation>이 관계의 근거가 서로 다릅니다 (금액 또는 날짜)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentences</source>
        <translation>문장</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ReviewTools</name>
    <message>
        <location filename="../../ui/curation/ReviewTools.cpp" line="+32" />
        <source>Curation Log</source>
        <translation>큐레이션 기록</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::SearchField</name>
    <message>
        <location filename="../../ui/panels/SearchField.cpp" line="+17" />
        <source>Search entities (Ctrl+F): 사카나, sakana, ㅅㅋㄴ</source>
        <translation>개체 검색 (Ctrl+F): 사카나, sakana, ㅅㅋㄴ</translation>
    </message>
    <message>
        <location line="+45" />
        <source>No entity matches “%1”</source>
        <translation>“%1”과(와) 일치하는 개체가 없습니다</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is hidden by the current filter</source>
        <translation>%1은(는) 현재 필터에 가려져 있습니다</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::SearchResultsModel</name>
    <message>
        <location filename="../../ui/models/SearchResultsModel.cpp" line="+57" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::SourceFilterPage</name>
    <message>
        <location filename="../../ui/panels/SourceFilterPage.cpp" line="+28" />
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Articles (check to show only those)</source>
        <translation>기사 (체크한 기사만 표시)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outlets</source>
        <translation>언론사</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From</source>
        <translation>출발</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>도착</translation>
    </message>
    <message>
        <location line="+20" />
        <source>(unknown outlet)</source>
        <translation>(언론사 미상)</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ThresholdFilterPage</name>
    <message>
        <location filename="../../ui/panels/ThresholdFilterPage.cpp" line="+19" />
        <location line="+17" />
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Hide entities without relations</source>
        <translation>관계 없는 개체 숨기기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verified relations only</source>
        <translation>확인된 관계만</translation>
    </message>
    <message>
        <location line="+5" />
        <source> M USD</source>
        <translation>백만 달러</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hide money relations below this amount (converted to US dollars)</source>
        <translation>이 금액(미국 달러 환산)보다 작은 자금 관계를 숨깁니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Minimum amount</source>
        <translation>최소 금액</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum mentions</source>
        <translation>최소 언급 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum relations</source>
        <translation>최소 관계 수</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::TimeSlider</name>
    <message>
        <location filename="../../ui/timeline/TimeSlider.cpp" line="+24" />
        <source>Play: grow the graph month by month</source>
        <translation>재생: 그래프를 달마다 키워 봅니다</translation>
    </message>
    <message>
        <location line="+50" />
        <source>All dates</source>
        <translation>모든 날짜</translation>
    </message>
    <message>
        <location line="+0" />
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::TypeFilterPage</name>
    <message>
        <location filename="../../ui/panels/TypeFilterPage.cpp" line="+44" />
        <source>Entity types</source>
        <translation>개체 유형</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relation types</source>
        <translation>관계 유형</translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ViewsMenu</name>
    <message>
        <location filename="../../ui/views/ViewsMenu.cpp" line="+24" />
        <source>&amp;Views</source>
        <translation>보기 저장(&amp;W)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save View As…</source>
        <translation>다른 이름으로 보기 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete View</source>
        <translation>보기 삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved view “%1”</source>
        <translation>보기 “%1”을(를) 저장했습니다</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Restored view “%1”</source>
        <translation>보기 “%1”을(를) 복원했습니다</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No saved views</source>
        <translation>저장한 보기 없음</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Save View</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the view:</source>
        <translation>보기 이름:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>View %1</source>
        <translation>보기 %1</translation>
    </message>
</context>
</TS>