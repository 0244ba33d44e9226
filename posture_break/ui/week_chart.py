"""The statistics window's two charts, drawn with QPainter: breaks each day over the last
week, and how the neck and upper back felt, week by week.

Drawn by hand because a charting module would weigh more than the whole tray app for
two small pictures. Colours come from the palette at paint time, so a change of theme
needs nothing but the repaint Qt does anyway. Colour never carries meaning alone: a
break with stretching is solid, time away from the desk is hatched, a skipped break is
an empty outline. Screen readers get every number in words, in the accessible
description.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from enum import Enum

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from posture_break.core.i18n import Context
from posture_break.core.stats import DayFigures, WeekFeel
from posture_break.ui.translations import text_locale

WeekChartWords = Context("WeekChartWords")  # the module's functions and counted texts


class Part(Enum):
    """What a piece of a bar, or of the legend, stands for."""

    STRETCHED = "stretched"
    AWAY = "away"
    SKIPPED = "skipped"
    GOAL = "goal"


def breaks_of(figures: DayFigures) -> str:
    """ "4 of 6 breaks taken"."""
    taken = WeekChartWords.tr("{taken} of %n break(s) taken", None, figures.due)
    return taken.format(taken=figures.taken)


def day_name(day: date, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return text_locale().dayName(day.isoweekday(), fmt)


def week_name(week_start: date) -> str:
    """ "16 Nov"."""
    #: A week's Monday under the chart, a QDate format: d the day, MMM the month's short name
    form = WeekChartWords.tr("d MMM")
    return text_locale().toString(QDate(week_start.year, week_start.month, week_start.day), form)


def week_of(week_start: date) -> str:
    return WeekChartWords.tr("Week of {date}").format(date=week_name(week_start))


def feel_words(week: WeekFeel, when: str) -> str:
    """ "Week of 16 Nov: 6.5 of 10 (4 check-ins)"; "7", not "7.0"."""
    locale = text_locale()
    average = locale.toString(week.average, "f", 1).removesuffix(locale.decimalPoint() + "0")
    #: How a week's check-ins went, "This week: 6.5 of 10 (4 check-ins)".
    words = WeekChartWords.tr("{when}: {average} of 10 (%n check-in(s))", None, week.count)
    return words.format(when=when, average=average)


def _day_words(figures: DayFigures) -> str:
    if figures.due == 0:
        return WeekChartWords.tr("no breaks")
    parts = [WeekChartWords.tr("{count} with stretching").format(count=figures.exercised)]
    if figures.away:
        parts.append(WeekChartWords.tr("{count} away from the desk").format(count=figures.away))
    if figures.skipped:
        parts.append(WeekChartWords.tr("{count} skipped").format(count=figures.skipped))
    return f"{breaks_of(figures)} ({', '.join(parts)})"


def _mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """`colour` moved `amount` (0..1) of the way towards `other`."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


def _faint(palette: QPalette) -> QColor:
    """Lines that frame rather than inform: half way between text and background."""
    return _mix(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.5
    )


def _paint_part(painter: QPainter, rect: QRectF, part: Part, palette: QPalette) -> None:
    """One piece of a bar, or its sample in the legend; the same code draws both, so the
    legend always matches."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    if part is Part.STRETCHED:
        painter.fillRect(rect, accent)
    elif part is Part.AWAY:
        painter.fillRect(rect, _mix(accent, palette.color(QPalette.ColorRole.Window), 0.65))
        painter.fillRect(rect, QBrush(accent, Qt.BrushStyle.BDiagPattern))
    elif part is Part.SKIPPED:
        painter.setPen(QPen(_faint(palette), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.setPen(_goal_pen(palette))
        painter.drawLine(
            QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())
        )


def _goal_pen(palette: QPalette) -> QPen:
    return QPen(palette.color(QPalette.ColorRole.WindowText), 1.0, Qt.PenStyle.DashLine)


def _small_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(1.0, font.pointSizeF()) * 0.9)
    return font


class WeekChart(QWidget):
    """One bar per day, oldest left, today right: the stretching at the bottom, time away
    on it, and an outline up to the breaks that were due; a dashed line at the goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayFigures, ...] = ()
        self._goal = 0
        self.setAccessibleName(self.tr("Breaks each day, last 7 days"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        line = self.fontMetrics().height()
        self.setMinimumSize(line * 18, line * 6)

    def show_days(self, days: Sequence[DayFigures], goal: int) -> None:
        """`days` oldest first, the last one today."""
        self._days = tuple(days)
        self._goal = goal
        names = [day_name(figures.day, long=True) for figures in days[:-1]] + [self.tr("Today")]
        sentences = [
            f"{name}: {_day_words(figures)}." for name, figures in zip(names, days, strict=True)
        ]
        goal_words = WeekChartWords.tr("The goal is %n stretch break(s) a day.", None, goal)
        self.setAccessibleDescription(" ".join([*sentences, goal_words]))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 28, line * 9)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setFont(_small_font(self))
        line = painter.fontMetrics().height()
        palette = self.palette()
        #: Beside the dashed line of the daily goal, "goal 3".
        goal_label = self.tr("goal {count}").format(count=self._goal)
        room_right = painter.fontMetrics().horizontalAdvance(goal_label) + line * 0.5
        plot = QRectF(self.rect()).adjusted(0, line * 1.2, -room_right, -line * 1.6)
        top = max(max(figures.due for figures in self._days), self._goal, 1) * 1.1
        unit = plot.height() / top
        slot = plot.width() / len(self._days)
        # Today's column, a shade apart, so the eye finds it first.
        window, text = (
            palette.color(QPalette.ColorRole.Window),
            palette.color(self.foregroundRole()),
        )
        painter.fillRect(
            QRectF(plot.right() - slot, 0, slot, self.height()), _mix(window, text, 0.06)
        )
        for index, figures in enumerate(self._days):
            column = QRectF(plot.left() + slot * index, plot.top(), slot, plot.height())
            self._paint_day(painter, column, figures, unit, today=index == len(self._days) - 1)
        painter.setPen(QPen(_faint(palette), 1.0))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if self._goal:
            y = round(plot.bottom() - self._goal * unit) + 0.5
            painter.setPen(_goal_pen(palette))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            beside = QRectF(plot.right() + line * 0.25, y - line / 2, room_right, line)
            painter.drawText(beside, Qt.AlignmentFlag.AlignVCenter, goal_label)
        painter.end()

    def _paint_day(
        self, painter: QPainter, column: QRectF, figures: DayFigures, unit: float, today: bool
    ) -> None:
        """One day's bar, piece by piece from the bottom, its count above and its name below."""
        line = painter.fontMetrics().height()
        width = min(column.width() * 0.55, line * 2.5)
        left, bottom = column.center().x() - width / 2, column.bottom()
        for part, count in (
            (Part.STRETCHED, figures.exercised),
            (Part.AWAY, figures.away),
            (Part.SKIPPED, figures.skipped),
        ):
            if count:
                _paint_part(
                    painter,
                    QRectF(left, bottom - count * unit, width, count * unit),
                    part,
                    self.palette(),
                )
                bottom -= count * unit
        painter.setPen(self.palette().color(self.foregroundRole()))
        if figures.due:
            above = QRectF(column.left(), bottom - line * 1.1, column.width(), line)
            taken = self.tr("{taken} of {due}").format(taken=figures.taken, due=figures.due)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, taken)
        font = painter.font()
        name_font = QFont(font)
        name_font.setBold(today)
        painter.setFont(name_font)
        below = QRectF(column.left(), column.bottom() + line * 0.3, column.width(), line)
        name = self.tr("Today") if today else day_name(figures.day)
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(font)


class _Sample(QWidget):
    """A legend's sample of one part, drawn by the chart's own code."""

    def __init__(self, part: Part) -> None:
        super().__init__()
        self._part = part
        size = self.fontMetrics().height()
        self.setFixedSize(round(size * (1.6 if part is Part.GOAL else 0.9)), size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = self.height() * 0.8
        box = QRectF(
            0, (self.height() - side) / 2, self.width() if self._part is Part.GOAL else side, side
        )
        _paint_part(painter, box, self._part, self.palette())
        painter.end()


class WeekLegend(QWidget):
    """The bar chart's key, in words beside samples drawn like the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(self.fontMetrics().height() * 0.3))
        self.goal_label = QLabel()
        for part, label in (
            (Part.STRETCHED, QLabel(self.tr("with stretching"))),
            (Part.AWAY, QLabel(self.tr("away from the desk"))),
            (Part.SKIPPED, QLabel(self.tr("skipped"))),
            (Part.GOAL, self.goal_label),
        ):
            label.setFont(_small_font(self))
            row.addWidget(_Sample(part))
            row.addWidget(label)
            row.addSpacing(self.fontMetrics().height())
        row.addStretch(1)

    def show_goal(self, goal: int) -> None:
        self.goal_label.setText(WeekChartWords.tr("goal: %n stretch break(s) a day", None, goal))


class FeelChart(QWidget):
    """Each week's average check-in as a dot on a 0 to 10 scale, joined by a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: tuple[WeekFeel, ...] = ()
        self.setAccessibleName(self.tr("Check-ins week by week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        line = self.fontMetrics().height()
        self.setMinimumSize(line * 18, line * 4)

    def show_weeks(self, weeks: Sequence[WeekFeel]) -> None:
        self._weeks = tuple(weeks)
        sentences = [f"{feel_words(week, week_of(week.week_start))}." for week in weeks]
        scale = self.tr("Average check-in from 0 (stiff or sore) to 10 (good).")
        self.setAccessibleDescription(" ".join([scale, *sentences]))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 28, line * 5)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_small_font(self))
        metrics = painter.fontMetrics()
        line = metrics.height()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        scale_width = metrics.horizontalAdvance("10") + line * 0.4
        plot = QRectF(self.rect()).adjusted(scale_width, line * 0.6, 0, -line * 1.4)
        painter.setPen(QPen(_faint(palette), 1.0))
        for score in (0, 5, 10):
            y = round(plot.bottom() - plot.height() * score / 10) + 0.5
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(
                QRectF(0, y - line / 2, scale_width - line * 0.3, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
        # Weeks without check-ins keep their place, so a gap looks like one.
        first = self._weeks[0].week_start
        slot = plot.width() / ((self._weeks[-1].week_start - first).days // 7 + 1)
        points = [
            QPointF(
                plot.left() + slot * ((week.week_start - first).days // 7 + 0.5),
                plot.bottom() - plot.height() * week.average / 10,
            )
            for week in self._weeks
        ]
        accent = palette.color(QPalette.ColorRole.Highlight)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(accent, line * 0.12))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(accent)
        radius = line * 0.22
        for point in points:
            painter.drawEllipse(point, radius, radius)
        # Week names under the dots, the newest first, as many as fit without touching.
        painter.setPen(text)
        names = [week_name(week.week_start) for week in self._weeks]
        width = max(metrics.horizontalAdvance(name) for name in names) + line
        last_x = math.inf
        for name, point in reversed(list(zip(names, points, strict=True))):
            if last_x - point.x() >= width:
                below = QRectF(point.x() - width / 2, plot.bottom() + line * 0.3, width, line)
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, name)
                last_x = point.x()
        painter.end()
