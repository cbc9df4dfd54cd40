"""Risk per dyad over the turns, drawn with plotext inside Textual."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual_plotext import PlotextPlot

from simulator.tui.guarded import GuardedHandlers, GuardedRender


class RiskCurves(PlotextPlot, GuardedRender, GuardedHandlers):
    """Set the series with `show`; one line per dyad plus the overall risk, in percent."""

    def show(
        self, turns: Sequence[int], overall: Sequence[float], dyads: Mapping[str, Sequence[float]]
    ) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plt.title("Escalation risk by turn (%)")
        plt.xlabel("turn")
        peak = max([*overall, *[v for values in dyads.values() for v in values], 0.0])
        # room above the highest curve, in steps of 10 points, so small risks stay readable
        plt.ylim(0, min(100, 10 * (int(peak * 125) // 10 + 1)))
        if turns:
            plt.xticks(list(turns))
            for label, values in dyads.items():
                plt.plot(list(turns), [v * 100 for v in values], label=label, marker="braille")
            plt.plot(list(turns), [v * 100 for v in overall], label="overall", marker="dot")
        self.refresh()
