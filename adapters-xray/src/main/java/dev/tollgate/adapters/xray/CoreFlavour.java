package dev.tollgate.adapters.xray;

import com.google.protobuf.Descriptors.Descriptor;
import java.util.Locale;

/**
 * The two families of cores behind the same wire format. They differ, for what we call, only in the proto package
 * prefix: {@code xray.} for Xray-core, {@code v2ray.core.} for V2Ray 4.x. Our generated messages carry the Xray
 * names, so V2Ray names are derived by swapping the prefix.
 */
enum CoreFlavour {
    XRAY("xray", "xray."),
    V2RAY("v2ray", "v2ray.core.");

    private static final String GENERATED_PREFIX = "xray.";

    private final String kind;
    private final String prefix;

    CoreFlavour(String kind, String prefix) {
        this.kind = kind;
        this.prefix = prefix;
    }

    /** The {@code ServerSettings.kind()} value that selects this flavour. */
    String kind() {
        return kind;
    }

    static CoreFlavour ofKind(String kind) {
        String normalised = kind.toLowerCase(Locale.ROOT);
        for (CoreFlavour flavour : values()) {
            if (flavour.kind.equals(normalised)) {
                return flavour;
            }
        }
        throw new IllegalArgumentException("not a core kind this adapter serves: " + kind);
    }

    /** The full proto name this core knows the message by, as written in TypedMessage.type. */
    String typeName(Descriptor descriptor) {
        return qualified(descriptor.getFullName());
    }

    /** A service or message name written in Xray's package, translated into this flavour's package. */
    String qualified(String xrayName) {
        if (!xrayName.startsWith(GENERATED_PREFIX)) {
            throw new IllegalArgumentException("not an Xray-packaged name: " + xrayName);
        }
        return prefix + xrayName.substring(GENERATED_PREFIX.length());
    }
}
