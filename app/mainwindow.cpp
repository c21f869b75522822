#include "mainwindow.h"

#include "partnerstore.h"
#include "partnertablemodel.h"

#include "ui_mainwindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_model(new PartnerTableModel(this))
{
    ui->setupUi(this);
    ui->partnerTable->setModel(m_model);
    ui->partnerTable->horizontalHeader()->setStretchLastSection(true);
    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseAndOpenFile);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    const PartnerStore store(path);
    const PartnerStore::LoadResult result = store.load();
    if (!result.isOk()) {
        QMessageBox::warning(this, tr("Open"), result.errorMessage());
        return false;
    }
    m_model->setPartners(result.document.partners);
    m_path = path;
    setWindowFilePath(path);
    ui->partnerTable->resizeColumnsToContents();
    statusBar()->showMessage(tr("%n partner(s)", nullptr, m_model->rowCount()));
    return true;
}

void MainWindow::chooseAndOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open partner file"), QFileInfo(m_path).absolutePath(),
        tr("Partner files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}
