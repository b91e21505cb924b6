"""Saves an .xlsx again with a password, through a running LibreOffice (see README.md).

Usage: python3 save-with-password.py SOURCE.xlsx TARGET.xlsx
LibreOffice must be listening: soffice --headless --accept="socket,host=127.0.0.1,port=2002;urp;"
"""
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def property_value(name, value):
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def named_value(name, value):
    pair = NamedValue()
    pair.Name = name
    pair.Value = value
    return pair


local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
context = None
for _ in range(60):
    try:
        context = resolver.resolve("uno:socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
if context is None:
    sys.exit("LibreOffice is not listening on 127.0.0.1:2002")

desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
source, target = sys.argv[1], sys.argv[2]
document = desktop.loadComponentFromURL(
    uno.systemPathToFileUrl(source), "_blank", 0, (property_value("Hidden", True),)
)
# What LibreOffice's own save dialog passes for an OOXML password (ECMA-376 "standard" encryption).
encryption = uno.Any(
    "[]com.sun.star.beans.NamedValue",
    (named_value("OOXPassword", "yibao"), named_value("CryptoType", "Standard")),
)
arguments = (
    property_value("FilterName", "Calc MS Excel 2007 XML"),
    property_value("EncryptionData", encryption),
)
uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target), arguments))
document.close(True)
