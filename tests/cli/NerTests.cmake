# CTest cases of `newsgraph-cli ner` / `train-ner` (included by tests/cli/CMakeLists.txt after Python3 was found).
set(ner_cli_args --cli $<TARGET_FILE:newsgraph-cli> --fixture ${PROJECT_SOURCE_DIR}/tests/fixtures/ner/invented-klue.tsv)

foreach(case klue-format errors)
    add_test(NAME cli.ner_${case} COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/ner_cli_test.py ${case}
             ${ner_cli_args} --work ${CMAKE_CURRENT_BINARY_DIR}/ner-${case})
    set_tests_properties(cli.ner_${case} PROPERTIES SKIP_RETURN_CODE 77 LABELS cli
                         ENVIRONMENT "NEWSGRAPH_RESOURCES=${NEWSGRAPH_RESOURCES_DIR}")
endforeach()

# Held-out KLUE-NER sentences (every 10th of dev-A, which the shipped model was not trained on).
add_test(NAME cli.ner_quality_klue COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/ner_cli_test.py quality
         ${ner_cli_args} --work ${CMAKE_CURRENT_BINARY_DIR}/ner-quality --shared ${NEWSGRAPH_SHARED_DIR}
         --score ${NEWSGRAPH_SHARED_DIR}/eval/klue_score.py --min-f1 0.78)
set_tests_properties(cli.ner_quality_klue PROPERTIES SKIP_RETURN_CODE 77 LABELS quality
                     ENVIRONMENT "NEWSGRAPH_RESOURCES=${NEWSGRAPH_RESOURCES_DIR}")
