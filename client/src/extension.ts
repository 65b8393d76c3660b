// placeholder until the extension lands
