<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/window/AboutDialog.cpp" line="+13" />
        <source>&lt;h3&gt;NewsGraph %1&lt;/h3&gt;&lt;p&gt;A knowledge-graph explorer for news: organisations, people, governments, investors, places and products named in articles, and the relations between them, each with its evidence sentence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Named-entity model trained on KLUE (Korean Language Understanding Evaluation) NER data, CC BY-SA 4.0, and on konec, CC BY-SA 4.0.&lt;/li&gt;&lt;li&gt;Noto Sans CJK font, SIL Open Font License 1.1.&lt;/li&gt;&lt;li&gt;Qt 6 (LGPL v3), ICU (Unicode licence), SQLite (public domain), Boost.Graph (Boost licence).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>About NewsGraph</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewCapture</name>
    <message>
        <location filename="../../ui/views/ViewCapture.cpp" line="+105" />
        <source>Restore view %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+16" />
        <source>Knowledge-graph explorer for news articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Database to open (default: the last one).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui</name>
    <message>
        <location filename="../../ui/compare/DatabaseSnapshot.cpp" line="+41" />
        <source>%1: no such database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1: already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1: cannot copy to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1: cannot copy its write-ahead log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/paths/EvidenceChain.cpp" line="+100" />
        <source>   (no evidence sentence: added by hand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>(no evidence sentence: added by hand)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::AddEntityDialog</name>
    <message>
        <location filename="../../ui/curation/AddEntityDialog.cpp" line="+17" />
        <source>Add Entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Source or reason (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::AddRelationDialog</name>
    <message>
        <location filename="../../ui/curation/AddRelationDialog.cpp" line="+18" />
        <source>Add Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Source or reason (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Relation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::AnalysisPanel</name>
    <message>
        <location filename="../../ui/analysis/AnalysisPanel.cpp" line="+32" />
        <source>Colour by &amp;community</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Fill nodes by their community (Louvain) instead of their type</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+51" />
        <source>%n connected component(s)</source>
        <translation><numerusform>%n connected component</numerusform><numerusform>%n connected components</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%1. %n entities: %2</source>
        <translation><numerusform>%1. %n entity: %2</numerusform><numerusform>%1. %n entities: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::ArticleListModel</name>
    <message>
        <location filename="../../ui/models/ArticleListModel.cpp" line="+151" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Entities</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ArticleViewer</name>
    <message>
        <location filename="../../ui/panels/ArticleViewer.cpp" line="+21" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Could not load the article: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Article — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::CentralityModel</name>
    <message>
        <location filename="../../ui/analysis/CentralityModel.cpp" line="+64" />
        <source>Entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Betweenness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>PageRank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Community</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Component</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::CheckableCountModel</name>
    <message>
        <location filename="../../ui/models/CheckableCountModel.cpp" line="+132" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Count</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ComparePanel</name>
    <message>
        <location filename="../../ui/compare/ComparePanel.cpp" line="+50" />
        <source>Highlight new items on the canvas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>File → Compare with Database… lists what changed since a snapshot or in another database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>%1 is the open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>No differences from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Changes since %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>New entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Removed entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>New relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Removed relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Changed amounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>New corroborating outlets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationActions</name>
    <message>
        <location filename="../../ui/curation/CurationActions.cpp" line="+83" />
        <source>Rename %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Make %1 a %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Merge %1 into %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Split %1 off %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Add %1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Reject %1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Verify %1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Dispute %1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Review %1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Restore relation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationLogModel</name>
    <message>
        <location filename="../../ui/curation/CurationLogModel.cpp" line="+47" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Change type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Split alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Reject relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Restore relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Remove entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>%1 → “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 ← %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>%1 %2 %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationLogPanel</name>
    <message>
        <location filename="../../ui/curation/CurationLogPanel.cpp" line="+17" />
        <source>Restore Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Show a rejected relation again (back to unreviewed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::CurationMenu</name>
    <message>
        <location filename="../../ui/curation/CurationMenu.cpp" line="+20" />
        <source>&amp;Curate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Rename Entity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Change &amp;Type…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Merge Selected Entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Split Alias Off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;move Entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;ject Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Mark Relation &amp;Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Mark Relation &amp;Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Add &amp;Entity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add Re&amp;lation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Merge S&amp;uggestions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+78" />
        <source>Rename Entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Change Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Type of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>Split Alias Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Alias of %1 that names another entity:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::DatabaseSession</name>
    <message>
        <location filename="../../ui/window/DatabaseSession.cpp" line="+24" />
        <source>NewsGraph databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Read articles (.txt, .md, .html) into the open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Read every article in a folder and its subfolders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>The sample corpus was not found; use File → Import to add articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>First start: importing the sample articles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Wait for the import to finish (or cancel it) before switching databases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Cannot open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>No database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a database before importing articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>An import is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Cannot read the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>New Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Cannot create database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Import Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Import Folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::EntityInspector</name>
    <message>
        <location filename="../../ui/panels/EntityInspector.cpp" line="+77" />
        <source>Type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Also written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n mention(s)</source>
        <translation><numerusform>%n mention</numerusform><numerusform>%n mentions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n article(s)</source>
        <translation><numerusform>in %n article</numerusform><numerusform>in %n articles</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Measures: computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Degree %1 · Betweenness %2 · PageRank %3 · Community %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::EvidenceModel</name>
    <message>
        <location filename="../../ui/models/EvidenceModel.cpp" line="+21" />
        <source>past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>%1 (event %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>%1

Double-click to open the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Reporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>States</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/render/ExportDialog.cpp" line="+32" />
        <source>Current view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Whole graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Print size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Transparent background (PNG, SVG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Legend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>List source articles (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+116" />
        <source>Export image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-115" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>No title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Copy to clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>%1 × %2 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::FilterPanel</name>
    <message>
        <location filename="../../ui/panels/FilterPanel.cpp" line="+24" />
        <source>Filter entity types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Filter relation types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Filter articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Filter outlets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Change date range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Change minimum amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Change minimum mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Change minimum relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Change filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-13" />
        <source>Clear every filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Filtering…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::FlowDiagram</name>
    <message>
        <location filename="../../ui/money/FlowDiagram.cpp" line="+79" />
        <source>Select entities with stated amounts to see where the money goes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::GraphCountsLabel</name>
    <message>
        <location filename="../../ui/window/GraphCountsLabel.cpp" line="+20" />
        <source>%1 of %2 entities, %3 of %4 relations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::GraphDocument</name>
    <message>
        <location filename="../../ui/document/GraphDocument.cpp" line="+146" />
        <source>Change filter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::GraphToolBar</name>
    <message>
        <location filename="../../ui/window/GraphToolBar.cpp" line="+19" />
        <source>Force-directed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Circular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Grouped by type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Radial around selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Size: mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Size: degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Size: betweenness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Size: PageRank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Fit to View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Export Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>Stop Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Run Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Stop the running layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Lay the graph out with the chosen method</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ImportProgressBar</name>
    <message>
        <location filename="../../ui/import/ImportProgressBar.cpp" line="+23" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Stop importing after the current article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Preparing import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Importing %1 (%2 of %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ImportReportDialog</name>
    <message>
        <location filename="../../ui/import/ImportReportDialog.cpp" line="+16" />
        <source>Import report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Import failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Imported %n new article(s)</source>
        <translation><numerusform>Imported %n new article</numerusform><numerusform>Imported %n new articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>; cancelled before the end</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::InspectorPanel</name>
    <message>
        <location filename="../../ui/panels/InspectorPanel.cpp" line="+41" />
        <source>Select an entity or a relation to see its details and evidence.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n entities selected.</source>
        <translation><numerusform>%n entity selected.</numerusform><numerusform>%n entities selected.</numerusform></translation>
    </message>
</context>
<context>
    <name>newsgraph::ui::InvestigationWorkbench</name>
    <message>
        <location filename="../../ui/paths/InvestigationWorkbench.cpp" line="+44" />
        <source>Paths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Money Flows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Investigate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Path…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>How is A connected to B? (uses the two selected entities when there are two)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source> hops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>How far “Show hops” and focus mode reach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Show Hops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Select an entity first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Show only what lies within k hops of the selected entity; double-click a node to expand or collapse its neighbours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Fade everything beyond k hops of the selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Follow the Money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Keep only investments, funding and acquisitions; edge width by amount in USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Compare with Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Save Snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Copy the database beside itself with today's date, to compare against later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>&amp;Investigate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Wait for the import to finish before saving a snapshot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Snapshot saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Compare with Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>NewsGraph databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/language/LanguageMenu.cpp" line="+12" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>System Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Language changed: restart NewsGraph to apply it everywhere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/MainWindow.cpp" line="+91" />
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Find Entity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About NewsGraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>NewsGraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>%1 — NewsGraph</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::MergeSuggestionsDialog</name>
    <message>
        <location filename="../../ui/curation/MergeSuggestionsDialog.cpp" line="+18" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Merge Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Merge into it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Entities that may be the same. Merging is undoable (Edit ▸ Undo).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::MoneyFlowModel</name>
    <message>
        <location filename="../../ui/money/MoneyFlowModel.cpp" line="+72" />
        <source>The article converts it to %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Amount (as written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::MoneyPanel</name>
    <message>
        <location filename="../../ui/money/MoneyPanel.cpp" line="+25" />
        <source>Only flows of the selected entities</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+66" />
        <source>%n flow(s) in the graph. Select an entity for its totals.</source>
        <translation><numerusform>%n flow in the graph. Select an entity for its totals.</numerusform><numerusform>%n flows in the graph. Select an entity for its totals.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: in %2 (%3 flows), out %4 (%5 flows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>No money flows for the selection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::NeighbourhoodNavigator</name>
    <message>
        <location filename="../../ui/paths/NeighbourhoodNavigator.cpp" line="+33" />
        <source>Select an entity the filter shows first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::PathPanel</name>
    <message>
        <location filename="../../ui/paths/PathPanel.cpp" line="+53" />
        <source>Money relations only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Exclude “mentioned with”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Find paths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Copy chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save chain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Export image + chain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>From entity (e.g. 코슬라벤처스)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>To entity (e.g. 일본 정부)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Co-occurrence in one sentence is a weak tie; leave it out to see stated relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>At most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Evidence chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Pick two entities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>No connection between them with these options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>One of them is hidden by the current filter.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n shortest path(s), %1 hop(s) each</source>
        <translation><numerusform>%n shortest path, %1 hop each</numerusform><numerusform>%n shortest paths, %1 hops each</numerusform></translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+6" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>No path selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Save evidence chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Export image with evidence chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Saved %1 and its chain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::RecentDatabasesMenu</name>
    <message>
        <location filename="../../ui/window/RecentDatabasesMenu.cpp" line="+11" />
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>No recent databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Clear list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::RelationInspector</name>
    <message>
        <location filename="../../ui/panels/RelationInspector.cpp" line="+24" />
        <source>verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>not reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Open article</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>%n sentence(s)</source>
        <translation><numerusform>%n sentence</numerusform><numerusform>%n sentences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n independent outlet(s)</source>
        <translation><numerusform>%n independent outlet</numerusform><numerusform>%n independent outlets</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>The articles state different amounts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The articles state different dates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::RelationTreeModel</name>
    <message>
        <location filename="../../ui/models/RelationTreeModel.cpp" line="+37" />
        <source>(entity %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+63" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>The evidence for this relation disagrees (amounts or dates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sentences</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ReviewTools</name>
    <message>
        <location filename="../../ui/curation/ReviewTools.cpp" line="+32" />
        <source>Curation Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::SearchField</name>
    <message>
        <location filename="../../ui/panels/SearchField.cpp" line="+17" />
        <source>Search entities (Ctrl+F): 사카나, sakana, ㅅㅋㄴ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
        <source>No entity matches “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>%1 is hidden by the current filter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::SearchResultsModel</name>
    <message>
        <location filename="../../ui/models/SearchResultsModel.cpp" line="+57" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::SourceFilterPage</name>
    <message>
        <location filename="../../ui/panels/SourceFilterPage.cpp" line="+28" />
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Articles (check to show only those)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Outlets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>(unknown outlet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ThresholdFilterPage</name>
    <message>
        <location filename="../../ui/panels/ThresholdFilterPage.cpp" line="+19" />
        <location line="+17" />
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-7" />
        <source>Hide entities without relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Verified relations only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source> M USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Hide money relations below this amount (converted to US dollars)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Minimum amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Minimum mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Minimum relations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::TimeSlider</name>
    <message>
        <location filename="../../ui/timeline/TimeSlider.cpp" line="+24" />
        <source>Play: grow the graph month by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>All dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::TypeFilterPage</name>
    <message>
        <location filename="../../ui/panels/TypeFilterPage.cpp" line="+44" />
        <source>Entity types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Relation types</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>newsgraph::ui::ViewsMenu</name>
    <message>
        <location filename="../../ui/views/ViewsMenu.cpp" line="+24" />
        <source>&amp;Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save View As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Saved view “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Restored view “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>No saved views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Save View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Name of the view:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>View %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>