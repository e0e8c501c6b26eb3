package dev.tollgate.adapters.telegram.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * PNG line charts for the back office, drawn with JFreeChart in headless mode (no display is needed; the JVM is
 * switched to headless before the first chart). The fonts are DejaVu, which also carry Persian and Cyrillic.
 */
public final class Charts {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;

    private Charts() {
    }

    /**
     * Revenue lines (one per currency, on the left axis) with the new users of each day as bars on a right-hand axis
     * of their own, so a day's sign-ups can be read against its sales.
     */
    public static byte[] revenueAndUsers(String title, String revenueAxis, String usersAxis, String usersSeries,
                                         List<String> days, Map<String, List<Double>> revenue, List<Integer> users) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset money = new DefaultCategoryDataset();
        revenue.forEach((name, values) -> {
            for (int i = 0; i < days.size(); i++) {
                money.addValue(i < values.size() ? values.get(i) : 0.0, name, days.get(i));
            }
        });
        DefaultCategoryDataset people = new DefaultCategoryDataset();
        for (int i = 0; i < days.size(); i++) {
            people.addValue(i < users.size() ? users.get(i) : 0, usersSeries, days.get(i));
        }
        JFreeChart chart = ChartFactory.createLineChart(title, null, revenueAxis, money, PlotOrientation.VERTICAL,
                true, false, false);
        CategoryPlot plot = style(chart, days.size());
        org.jfree.chart.axis.NumberAxis userAxis = new org.jfree.chart.axis.NumberAxis(usersAxis);
        userAxis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        Font font = new Font("DejaVu Sans", Font.PLAIN, 14);
        userAxis.setTickLabelFont(font.deriveFont(12f));
        userAxis.setLabelFont(font);
        plot.setRangeAxis(1, userAxis);
        plot.setDataset(1, people);
        plot.mapDatasetToRangeAxis(1, 1);
        org.jfree.chart.renderer.category.BarRenderer bars = new org.jfree.chart.renderer.category.BarRenderer();
        bars.setSeriesPaint(0, new Color(0x90, 0xB4, 0xE0, 0xB0));
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        plot.setRenderer(1, bars);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        LineAndShapeRenderer lines = (LineAndShapeRenderer) plot.getRenderer(0);
        lines.setDefaultShapesVisible(true);
        for (int i = 0; i < revenue.size(); i++) {
            lines.setSeriesStroke(i, new BasicStroke(3f));
        }
        return png(chart, title);
    }

    private static CategoryPlot style(JFreeChart chart, int days) {
        Font font = new Font("DejaVu Sans", Font.PLAIN, 14);
        chart.getTitle().setFont(font.deriveFont(Font.BOLD, 20f));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font);
        }
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.getDomainAxis().setTickLabelFont(font.deriveFont(12f));
        plot.getDomainAxis().setCategoryLabelPositions(days > 10 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        plot.getRangeAxis().setTickLabelFont(font.deriveFont(12f));
        plot.getRangeAxis().setLabelFont(font);
        return plot;
    }

    private static byte[] png(JFreeChart chart, String title) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart " + title, e);
        }
        return png.toByteArray();
    }
}
