namespace AccountabilityKit.Citations;

/// <summary>The keys of the regulations in <see cref="RegulationRegistry.Default"/>.</summary>
public static class RegulationKeys
{
    /// <summary>《中国共产党问责条例》, 2016 text (13 articles; superseded 2019-09-01).</summary>
    public const string AccountabilityRegulations2016 = "ARR2016";

    /// <summary>《中国共产党问责条例》, 2019 revision, in force 2019-09-01.</summary>
    public const string AccountabilityRegulations2019 = "ARR2019";

    /// <summary>《党委（党组）落实全面从严治党主体责任规定》, issued 2020-03-09.</summary>
    public const string PrincipalResponsibilityProvisions2020 = "PCR2020";

    /// <summary>《中国共产党纪律处分条例》, 2018 revision.</summary>
    public const string DisciplinaryRegulations2018 = "DPR2018";

    /// <summary>《中国共产党纪律处分条例》, 2023 revision, in force 2024-01-01.</summary>
    public const string DisciplinaryRegulations2023 = "DPR2023";

    /// <summary>《中国共产党组织处理规定（试行）》, issued 2021-03-19.</summary>
    public const string OrganizationalHandlingProvisions2021 = "OHP2021";

    /// <summary>《党政领导干部选拔任用工作条例》, 2019.</summary>
    public const string CadreSelectionRegulations2019 = "CSR2019";

    /// <summary>《党政领导干部考核工作条例》, 2019.</summary>
    public const string CadreAssessmentRegulations2019 = "CAR2019";

    /// <summary>《中国共产党纪律检查机关监督执纪工作规则》, in force 2019-01-01 (Art. 73: one case, two investigations).</summary>
    public const string SupervisionEnforcementRules2019 = "SER2019";

    /// <summary>《纪检监察机关监督执纪"四种形态"统计指标体系（试行）》, 2016-12-09.</summary>
    public const string FourFormsIndicators2016 = "FFS2016";

    /// <summary>《中国共产党纪律检查委员会工作条例》, 2022 (Art. 26: the commission's assisting duties).</summary>
    public const string DisciplineCommissionWorkRegulations2022 = "DCW2022";
}
