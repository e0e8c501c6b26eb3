package dev.tollgate.adapters.telegram.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a multipart/form-data body into text fields and uploaded files (RFC 7578). */
final class Multipart {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {
    }

    static void parse(byte[] body, String boundary, Map<String, String> fields, Map<String, byte[]> files) {
        parse(body, boundary, fields, files, new java.util.HashMap<>());
    }

    /** As {@link #parse(byte[], String, Map, Map)}, also keeping each uploaded part's file name. */
    static void parse(byte[] body, String boundary, Map<String, String> fields, Map<String, byte[]> files,
                      Map<String, String> fileNames) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        while (position >= 0) {
            int partStart = position + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                return;
            }
            partStart += 2;
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                return;
            }
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
            if (headerEnd < 0 || headerEnd > next) {
                return;
            }
            String headers = new String(body, partStart, headerEnd - partStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headerEnd + 4, Math.max(headerEnd + 4, next - 2));
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                Matcher fileName = FILE_NAME.matcher(headers);
                if (fileName.find()) {
                    files.put(name.group(1), content);
                    fileNames.put(name.group(1), fileName.group(1));
                } else {
                    fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
                }
            }
            position = next;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
