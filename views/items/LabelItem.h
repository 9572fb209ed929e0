#pragma once

#include "FullDetail.h"

#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pcitopo {

/**
 * A caption of the diagram (a slot number on a link, a multifunction frame's title) that is
 * not drawn when it would be too small to read: a zoomed-out diagram of thousands of boxes
 * does not shape thousands of unreadable strings at every repaint.
 */
class LabelItem : public QGraphicsSimpleTextItem
{
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        if (lod * boundingRect().height() < 8 && !FullDetail::active()) // under about 6 px: unreadable
            return;
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }
};

} // namespace pcitopo
