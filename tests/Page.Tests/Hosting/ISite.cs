namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>Something that serves the page at / on 127.0.0.1.</summary>
public interface ISite
{
    /// <summary>http://127.0.0.1:N</summary>
    string Origin { get; }

    /// <summary>127.0.0.1:N, the host every snippet must name.</summary>
    string Host { get; }
}
