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

    /** One line per series over the same labelled days; {@code series} keeps its iteration order. */
    public static byte[] lines(String title, String valueAxis, List<String> days, Map<String, List<Double>> series) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < days.size(); i++) {
                data.addValue(i < values.size() ? values.get(i) : 0.0, name, days.get(i));
            }
        });
        JFreeChart chart = ChartFactory.createLineChart(title, null, valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
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
        plot.getDomainAxis().setCategoryLabelPositions(days.size() > 10 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        plot.getRangeAxis().setTickLabelFont(font.deriveFont(12f));
        plot.getRangeAxis().setLabelFont(font);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(3f));
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart " + title, e);
        }
        return png.toByteArray();
    }
}
