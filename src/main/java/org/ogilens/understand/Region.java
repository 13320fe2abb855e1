package org.ogilens.understand;

/** A resolved region: the issuer's division with its hierarchy. Names below the issuer's level are null. */
public record Region(String adminLevel, String regionCode, String regionCodeAtReport,
                     String province, String prefecture, String county, String township) {
    public String provinceCode() {
        return regionCode == null ? null : regionCode.substring(0, 2);
    }
}
