#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class PartnerTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);

private:
    void chooseAndOpenFile();

    std::unique_ptr<Ui::MainWindow> ui;
    PartnerTableModel *m_model;
    QString m_path;
};
