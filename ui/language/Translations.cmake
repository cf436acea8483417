# Korean and English catalogues, compiled by lrelease and embedded under :/i18n (see UiLanguage.cpp).
# The qrc is compiled into newsgraph_ui itself (not qt_add_translations' object library, whose
# Qt6::Platform reference does not resolve in app/ and tests/), hence Q_INIT_RESOURCE in UiLanguage.cpp.
# Included from ui/CMakeLists.txt (not add_subdirectory): custom commands only feed targets of
# their own directory.
# Refresh the .ts files after adding tr() strings:
#   /usr/lib/qt6/bin/lupdate -locations relative ui app/gui -ts resources/translations/newsgraph_ko.ts
set(newsgraph_ts_files
    ${NEWSGRAPH_RESOURCES_DIR}/translations/newsgraph_ko.ts
    ${NEWSGRAPH_RESOURCES_DIR}/translations/newsgraph_en.ts)
qt_add_lrelease(newsgraph_ui TS_FILES ${newsgraph_ts_files} OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE newsgraph_qm_files)
set(newsgraph_qrc_entries "")
foreach(qm ${newsgraph_qm_files})
    get_filename_component(qm_name ${qm} NAME)
    string(APPEND newsgraph_qrc_entries "    <file alias=\"${qm_name}\">${qm}</file>\n")
endforeach()
file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/newsgraph_translations.qrc
    CONTENT "<RCC>\n  <qresource prefix=\"/i18n\">\n${newsgraph_qrc_entries}  </qresource>\n</RCC>\n")
qt_add_resources(newsgraph_translation_sources ${CMAKE_CURRENT_BINARY_DIR}/newsgraph_translations.qrc)
target_sources(newsgraph_ui PRIVATE ${newsgraph_translation_sources})
