<?xml version="1.0" encoding="utf-8"?>
<!--
  Makes /rss.xml and /themes/<slug>/rss.xml readable when opened in a browser: a short note on what
  a feed is and the list of speeches. Feed readers ignore it. No scripts and no inline styles, so
  the site's Content-Security-Policy holds; the look comes from /feed.css.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" />
  <xsl:template match="/rss/channel">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="title" />（RSS 订阅源）</title>
        <link rel="stylesheet" href="/feed.css" />
      </head>
      <body>
        <main>
          <p class="feed-note">
            这是 RSS 订阅源。把本页地址复制到 RSS 阅读器（如 Feedly、Inoreader 或手机上的阅读器应用），
            有新讲话时会自动收到。下面是其中的最新讲话。
          </p>
          <h1><xsl:value-of select="title" /></h1>
          <p><xsl:value-of select="description" /></p>
          <p><a href="{link}">回到网站</a></p>
          <ol class="feed-items">
            <xsl:for-each select="item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title" /></a></h2>
                <p class="meta">
                  <xsl:for-each select="category">
                    <xsl:if test="position() &gt; 1"> · </xsl:if>
                    <xsl:value-of select="." />
                  </xsl:for-each>
                </p>
                <p><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
