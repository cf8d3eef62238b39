package org.osteomet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeChartTest {
    private static final List<TimeChart.Series> SERIES = List.of(
            new TimeChart.Series(
                    "validate",
                    List.of(
                            new TimeChart.Point(10_000, 120.5),
                            new TimeChart.Point(100_000, 1_310.0),
                            new TimeChart.Point(1_000_000, 15_020.25))),
            new TimeChart.Series(
                    "export",
                    List.of(
                            new TimeChart.Point(10_000, 40.0),
                            new TimeChart.Point(100_000, 380.0),
                            new TimeChart.Point(1_000_000, 4_100.0))));

    @TempDir
    Path folder;

    @Test
    void writesAReadablePngOf900By560() throws IOException {
        Path png = folder.resolve("time.png");

        TimeChart.write(png, "check time", SERIES);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(560);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void writesIdenticalBytesForTheSameData() throws IOException {
        Path first = folder.resolve("first.png");
        Path second = folder.resolve("second.png");

        TimeChart.write(first, "check time", SERIES);
        TimeChart.write(second, "check time", SERIES);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void drawsEachSeriesInItsPaletteColour() throws IOException {
        Path png = folder.resolve("time.png");

        TimeChart.write(png, "check time", SERIES);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(TimeChart.PALETTE).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        assertThat(contains(image, TimeChart.PALETTE.get(0))).isTrue();
        assertThat(contains(image, TimeChart.PALETTE.get(1))).isTrue();
        assertThat(contains(image, TimeChart.PALETTE.get(2))).isFalse();
    }

    @Test
    void drawsASinglePointOnAPowerOfTen() throws IOException {
        Path png = folder.resolve("one.png");

        TimeChart.write(
                png, "one point", List.of(new TimeChart.Series("only", List.of(new TimeChart.Point(1_000, 10.0)))));

        assertThat(contains(ImageIO.read(png.toFile()), TimeChart.PALETTE.get(0)))
                .isTrue();
    }

    @Test
    void labelsDecadesInFullWithGrouping() {
        assertThat(TimeChart.decadeLabel(0)).isEqualTo("1");
        assertThat(TimeChart.decadeLabel(4)).isEqualTo("10,000");
        assertThat(TimeChart.decadeLabel(6)).isEqualTo("1,000,000");
        assertThat(TimeChart.decadeLabel(-2)).isEqualTo("0.01");
    }

    @Test
    void refusesAnEmptyListOfSeries() {
        assertThatThrownBy(() -> TimeChart.write(folder.resolve("empty.png"), "nothing", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series must not be empty");
        assertThat(folder.resolve("empty.png")).doesNotExist();
    }

    @Test
    void refusesMillisThatAreNotPositiveAndFinite() {
        assertThatThrownBy(() -> new TimeChart.Point(1_000, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("millis must be positive and finite");
        assertThatThrownBy(() -> new TimeChart.Point(1_000, -3.0)).hasMessage("millis must be positive and finite");
        assertThatThrownBy(() -> new TimeChart.Point(1_000, Double.NaN))
                .hasMessage("millis must be positive and finite");
        assertThatThrownBy(() -> new TimeChart.Point(1_000, Double.POSITIVE_INFINITY))
                .hasMessage("millis must be positive and finite");
    }

    @Test
    void refusesOtherInvalidInput() {
        TimeChart.Point point = new TimeChart.Point(1_000, 1.0);

        assertThatThrownBy(() -> new TimeChart.Point(0, 1.0)).hasMessage("claims must be positive");
        assertThatThrownBy(() -> new TimeChart.Series(" ", List.of(point))).hasMessage("name must not be blank");
        assertThatThrownBy(() -> new TimeChart.Series("a", List.of())).hasMessage("points must not be empty");
        assertThatThrownBy(() -> new TimeChart.Series("a", List.of(point, new TimeChart.Point(10, 1.0))))
                .hasMessage("points must be in ascending order of claims");
        assertThatThrownBy(() -> TimeChart.write(folder.resolve("x.png"), " ", SERIES))
                .hasMessage("title must not be blank");
    }

    private static boolean contains(BufferedImage image, Color colour) {
        int wanted = colour.getRGB() & 0xFFFFFF;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == wanted) {
                    return true;
                }
            }
        }
        return false;
    }
}
