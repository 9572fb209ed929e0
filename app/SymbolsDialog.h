#pragma once

#include <QDialog>

class QGraphicsScene;

namespace pcitopo {

/**
 * Help › What Do These Symbols Mean?: the diagram's legend (drawn by the same code as the
 * exported legend) and the icons of controller and device kinds, with what each stands for.
 */
class SymbolsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SymbolsDialog(QWidget *parent = nullptr);

    /** The legend's scene, for tests. */
    QGraphicsScene *legendScene() const { return m_legend; }

private:
    QGraphicsScene *m_legend;
};

} // namespace pcitopo
