// Help → About: version, what NewsGraph does, and the credits its licences require.
#pragma once

class QWidget;

namespace newsgraph::ui {

void showAboutDialog(QWidget* parent);

} // namespace newsgraph::ui
